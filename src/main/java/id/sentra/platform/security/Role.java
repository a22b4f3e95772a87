package id.sentra.platform.security;

/** The five kinds of Sentra user; each sees a different slice of the data (see README, "Access"). */
public enum Role {
    ADMIN, OPERATOR, MEMBER, BUYER, MINISTRY;

    public String authority() {
        return "ROLE_" + name();
    }
}
