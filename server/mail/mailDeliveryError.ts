// Why a message could not be handed over, and whether trying again can help: a refusal (SMTP 5xx, an
// address that fails validation) is permanent; a busy or unreachable server (4xx, refused connection,
// timeout) is transient and the queue retries it with backoff.

export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';
  /**
   * @param reason what went wrong, for the queue row and the organiser; it must hold no address
   * @param permanent true when the same message would fail again (never retried automatically)
   */
  constructor(
    readonly reason: string,
    readonly permanent: boolean,
  ) {
    super(reason);
  }
}
