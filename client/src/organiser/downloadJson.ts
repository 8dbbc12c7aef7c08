// Saves a JSON value as a file from the browser (no server round trip), e.g. the organiser's secret.

import { saveFile } from '../ui/saveFile';

export function downloadJson(fileName: string, value: unknown): void {
  saveFile(fileName, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}
