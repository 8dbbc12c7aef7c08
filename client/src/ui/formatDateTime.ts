// Kept so that existing imports (the console, the room) resolve: the one date helper lives in
// shared/format/formatDateTime.ts (Paris time, with its zone), used by every page and the procès-verbal.

export { formatDateTime } from '../../../shared/format/formatDateTime';
