package id.sentra.platform;

/** A record asked for by id does not exist; pages answer 404 and the API a problem detail. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, long id) {
        super("No " + recordType + " with id " + id);
    }
}
