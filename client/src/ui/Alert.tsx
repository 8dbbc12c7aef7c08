// Alerts: the DSFR Alert (react-dsfr), re-exported for features. `severity` is "error", "warning",
// "success" or "info"; give a `title` (and `description`) or `small` with a `description` only. A
// message that must be announced goes in a live region (StatusMessage) or through useAnnounce; an
// Alert on its own is not announced. For a form's errors, use ErrorSummary.

export { Alert, type AlertProps } from '@codegouvfr/react-dsfr/Alert';
