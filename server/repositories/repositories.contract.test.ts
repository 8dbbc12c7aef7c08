// Every repository of a private table, held to one contract (contract/repositoryContract.ts).

import { ACCOUNT_TABLES } from './contract/accountTables';
import { CALL_TABLES } from './contract/callTables';
import { JURY_TABLES } from './contract/juryTables';
import { REGISTER_TABLES } from './contract/registerTables';
import { REGISTRATION_TABLES } from './contract/registrationTables';
import { holdToContract } from './contract/repositoryContract';

holdToContract({
  ...JURY_TABLES,
  ...ACCOUNT_TABLES,
  ...CALL_TABLES,
  ...REGISTER_TABLES,
  ...REGISTRATION_TABLES,
});
