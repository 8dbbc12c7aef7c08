// The verifiers' code that pages load only when someone asks for a verification (loadVerifier.ts):
// the publication and audit-bundle checks, with the BLS, timelock and hashing code they pull in.

export { verifyPublication } from '../../../shared/process/verifyPublication';
export { openRecordTimelocksInBytes } from '../../../shared/lottery/openRecordTimelocks';
export { verifyBundleBytes } from '../../../shared/audit/verifyBundle';
