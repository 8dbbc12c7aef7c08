// A browser run with a signed-in organiser and a process whose volunteers and quotas are imported: where
// the stratified option's console tests start.

import { setUpAdministrator, signIn } from '../../server/testing/testServer';
import { startBrowserRun, type BrowserRun } from './browser';

export interface StratifiedRun {
  run: BrowserRun;
  processId: string;
  /** The organiser's session cookie, `name=value`. */
  cookie: string;
}

export async function startStratifiedRun(process: {
  title: string;
  seats: number;
  volunteersCsv: string;
  quotasCsv: string;
}): Promise<StratifiedRun> {
  const run = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' });
  const { server } = run;
  await setUpAdministrator(server.client());
  const login = await signIn(server.client());
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { title, seats } = process;
  const processId = server.app.ceremony.create({ title, seats, alternates: 0 }).id;
  const encode = (text: string) => new TextEncoder().encode(text);
  server.app.ceremony.importVolunteers(processId, encode(process.volunteersCsv), 'v.csv');
  server.app.stratification.importQuotas(processId, encode(process.quotasCsv), 'quotas.csv');
  return { run, processId, cookie };
}
