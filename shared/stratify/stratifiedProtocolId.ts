// The name a stratified draw's commitment and record carry, apart from their schemas: code that only tells
// a stratified record from a plain one (the seats of a public page) need not load the schemas.
// Spec: docs/stratification.md, section "kleroterion-stratified/1".

export const STRATIFIED_PROTOCOL = 'kleroterion-stratified/1' as const;
