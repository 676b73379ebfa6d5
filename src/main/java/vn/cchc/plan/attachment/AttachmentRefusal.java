package vn.cchc.plan.attachment;

/** A request about result files that is refused: the HTTP status to answer and the Vietnamese reason. */
public class AttachmentRefusal extends RuntimeException {

    private final int status;

    AttachmentRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
