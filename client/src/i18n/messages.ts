// Interface text in French (the default) and English, merged from each feature's dictionary. Every key
// exists in both languages: the types check it. The browser never imports this module: the build
// evaluates it and serves, per message area (messageAreas.ts) and language, the keys the area's modules
// name (vite.config.ts, `virtual:messages/<area>/<language>`; loaded by loadMessages.ts), so a page
// downloads the shell's keys and its own, in one language. Tests and types read it directly.

import { organiserEn, organiserFr } from '../organiser/organiserMessages';
import { publicEn, publicFr } from '../public/publicMessages';
import { callsEn, callsFr } from '../calls/callsMessages';
import { resultsEn, resultsFr } from '../results/resultsMessages';
import { reviewEn, reviewFr } from '../review/reviewMessages';
import { roomEn, roomFr } from '../room/roomMessages';
import { verifierEn, verifierFr } from '../verifier/verifierMessages';
import { artefactEn, artefactFr } from '../verifier/artefactMessages';
import { receiptEn, receiptFr } from '../public/receiptMessages';
import { serverErrorEn, serverErrorFr } from '../api/serverErrorMessages';
import { commonEn, commonFr } from './commonMessages';
import { decisionEn, decisionFr } from '../calls/decisionMessages';
import { dossierEn, dossierFr } from '../room/dossierMessages';
import { facilitatorEn, facilitatorFr } from '../room/facilitatorMessages';
import { seatEn, seatFr } from '../seat/seatMessages';
import { confidentialEn, confidentialFr } from '../room/confidentialMessages';
import { procesVerbalEn, procesVerbalFr } from '../results/procesVerbalMessages';
import { drandEn, drandFr } from '../public/drandMessages';
import { stageEn, stageFr } from '../public/stageMessages';
import { organiserStageEn, organiserStageFr } from '../organiser/stageMessages';
import { deliveryEn, deliveryFr } from '../deliveries/deliveryMessages';
import { oidcEn, oidcFr } from '../organiser/oidcMessages';
import { demoEn, demoFr } from '../demo/demoMessages';
import { beaconEn, beaconFr } from '../organiser/beacon/beaconMessages';
import { accountEn, accountFr } from '../accounts/accountMessages';
import { witnessEn, witnessFr } from '../witness/witnessMessages';
import { callsDsfrEn, callsDsfrFr } from '../calls/callsDsfrMessages';
import { uiEn, uiFr } from '../ui/uiMessages';
import { publicPagesEn, publicPagesFr } from '../public/publicPagesMessages';
import { chartEn, chartFr } from '../charts/chartMessages';
import { loadVerifierEn, loadVerifierFr } from '../verifier/loadVerifierMessages';
import { layoutEn, layoutFr } from '../layout/layoutMessages';
import { aboutEn, aboutFr } from '../about/aboutMessages';
import { homeEn, homeFr } from '../home/homeMessages';
import { roomPageEn, roomPageFr } from '../room/roomPageMessages';
import { registrationEn, registrationFr } from '../registration/registrationMessages';

import type { Language } from './language';

export { LANGUAGES, format, type Language } from './language';

const fr = {
  ...commonFr,
  ...verifierFr,
  ...publicFr,
  ...organiserFr,
  ...roomFr,
  ...resultsFr,
  ...callsFr,
  ...reviewFr,
  ...decisionFr,
  ...dossierFr,
  ...facilitatorFr,
  ...artefactFr,
  ...receiptFr,
  ...serverErrorFr,
  ...seatFr,
  ...confidentialFr,
  ...procesVerbalFr,
  ...drandFr,
  ...stageFr,
  ...organiserStageFr,
  ...deliveryFr,
  ...oidcFr,
  ...demoFr,
  ...beaconFr,
  ...accountFr,
  ...witnessFr,
  ...callsDsfrFr,
  ...uiFr,
  ...publicPagesFr,
  ...chartFr,
  ...loadVerifierFr,
  ...layoutFr,
  ...aboutFr,
  ...homeFr,
  ...roomPageFr,
  ...registrationFr,
};
export type MessageKey = keyof typeof fr;
const en: Record<MessageKey, string> = {
  ...commonEn,
  ...verifierEn,
  ...publicEn,
  ...organiserEn,
  ...roomEn,
  ...resultsEn,
  ...callsEn,
  ...reviewEn,
  ...decisionEn,
  ...dossierEn,
  ...facilitatorEn,
  ...artefactEn,
  ...receiptEn,
  ...serverErrorEn,
  ...seatEn,
  ...confidentialEn,
  ...procesVerbalEn,
  ...drandEn,
  ...stageEn,
  ...organiserStageEn,
  ...deliveryEn,
  ...oidcEn,
  ...demoEn,
  ...beaconEn,
  ...accountEn,
  ...witnessEn,
  ...callsDsfrEn,
  ...uiEn,
  ...publicPagesEn,
  ...chartEn,
  ...loadVerifierEn,
  ...layoutEn,
  ...aboutEn,
  ...homeEn,
  ...roomPageEn,
  ...registrationEn,
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { fr, en };
