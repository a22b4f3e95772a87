package id.sentra.allocation;

/** Another plan of this contract was published first; work orders exist already and stay as they are. */
public class AlreadyPublishedException extends RuntimeException {

    public AlreadyPublishedException(String contractReference) {
        super("Contract " + contractReference + " was published by someone else meanwhile");
    }
}
