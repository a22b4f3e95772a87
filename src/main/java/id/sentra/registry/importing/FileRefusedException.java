package id.sentra.registry.importing;

/** The file cannot be read as a member list at all (empty, wrong type, too long, broken); nothing is checked further. */
class FileRefusedException extends RuntimeException {

    private final Finding finding;

    FileRefusedException(Finding finding) {
        super("Import file refused: " + finding);
        this.finding = finding;
    }

    static FileRefusedException of(String messageKey, Object... arguments) {
        return new FileRefusedException(Finding.wholeFile(messageKey, arguments));
    }

    Finding finding() {
        return finding;
    }
}
