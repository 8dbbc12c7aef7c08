// The message areas: the shell's (the first chunk's modules: frame, home page, not-found page, server
// errors…) and one per lazily loaded page, named here with the page's entry module. The build gives
// each area and language a dictionary of its own (vite.config.ts, `virtual:messages/<area>/<language>`),
// holding the keys that the area's modules name (scripts/lib/messageUses.ts reads them from the
// sources); a page downloads the shell's dictionary and its own, in its language only.

/** Each page area and its entry module (under client/src, without extension), as App.tsx loads it. */
export const PAGE_AREAS = {
  invitation: 'invitation/InvitationPage',
  registration: 'registration/RegistrationPage',
  console: 'console/OrganiserApp',
  process: 'public/PublicProcessPage',
  application: 'calls/ApplicationStatusPage',
  call: 'calls/CallPage',
  record: 'results/ProcesVerbalPage',
  reviewer: 'review/ReviewerPage',
  results: 'results/ResultsPage',
  projector: 'room/ProjectorPage',
  room: 'room/RoomPage',
  lottery: 'verifier/LotteryPage',
  verifier: 'verifier/VerifierPage',
  witness: 'witness/WitnessPage',
  accessibility: 'about/AccessibilityPage',
  legal: 'about/LegalNoticePage',
  privacy: 'about/PersonalDataPage',
  sitemap: 'about/SiteMapPage',
} as const;

export type PageArea = keyof typeof PAGE_AREAS;
export type MessageArea = 'shell' | PageArea;
