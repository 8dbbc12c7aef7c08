// Interface text in French (the default) and English, merged from each area's dictionary. Every key
// exists in both languages: the types check it.

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
import { roomPageEn, roomPageFr } from '../room/roomPageMessages';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

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
  ...roomPageFr,
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
  ...roomPageEn,
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { fr, en };

/** Replaces `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
