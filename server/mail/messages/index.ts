// Every message Kleroterion sends, each a pure function (data, language) → { subject, text, html }.

export {
  accountInvitationMail,
  type AccountInvitationMailData,
  type AccountRole,
} from './accountInvitation';
export { applicationConfirmationMail } from './applicationConfirmation';
export { applicationDecisionMail } from './applicationDecision';
export { invitationMail } from './invitation';
export { invitationReminderMail } from './invitationReminder';
export { escapeHtml, type RenderedMail } from './layout';
export { passwordResetMail, type PasswordResetMailData } from './passwordReset';
export { receiptMail, receiptBlock, type MailedReceipt } from './receipt';
export {
  registrationInvitationMail,
  type RegistrationInvitationMailData,
} from './registrationInvitation';
export { reviewerInvitationMail } from './reviewerInvitation';
