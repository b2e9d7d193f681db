package dev.baton.client;

/** {@link BatonClient#awaitResult} found the process FAILED or CANCELLED instead of COMPLETED. */
public class BatonProcessFailedException extends BatonException {

    private final ProcessInfo process;

    public BatonProcessFailedException(ProcessInfo process) {
        super(0, process.error() == null ? null : process.error().type(),
                process.error() == null ? null : process.error().message(),
                "process " + process.id() + " ended " + process.state()
                        + (process.error() == null ? "" : ": " + process.error().type() + ": " + process.error().message()),
                null);
        this.process = process;
    }

    public ProcessInfo process() {
        return process;
    }
}
