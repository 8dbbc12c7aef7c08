// The contract of the register's private tables (stage one): imports, strata, and each import's rows.

import { expect } from 'vitest';
import {
  createRegisterRepository,
  flatRegisterRows,
  type RegisterRepository,
} from '../registerRepository';
import { contract, type Contract } from './repositoryContract';

const ids = (id: string) => [`${id}-AAAAAAAAAAAAA`.slice(-16), `${id}-BBBBBBBBBBBBB`.slice(-16)];

export const REGISTER_TABLES: Record<string, Contract<unknown>> = {
  register: contract<RegisterRepository>({
    tables: ['register_imports', 'register_strata'],
    create: createRegisterRepository,
    write: (r, id) => {
      const importNo = r.startImport(
        id,
        `registre-${id}.csv`,
        'departement',
        '2026-12-05T10:00:00Z',
      );
      const [first, second] = ids(id) as [string, string];
      r.rowInserter(importNo)(
        flatRegisterRows([
          {
            pseudoId: first,
            stratumNo: 0,
            line: 2,
            civility: 'Mme',
            lastName: `Martin ${id}`,
            firstNames: 'Claire',
            address: ['12 rue des Lilas', '', '', ''],
            postcode: '75011',
            city: 'Paris',
            email: `claire.${id}@example.org`,
          },
          {
            pseudoId: second,
            stratumNo: 1,
            line: 3,
            civility: '',
            lastName: `Dupont ${id}`,
            firstNames: '',
            address: ['3 place de la Mairie', 'Bâtiment B', '', ''],
            postcode: '69001',
            city: 'Lyon',
            email: '',
          },
        ]),
      );
      r.indexIds(importNo);
      r.finishImport(
        importNo,
        2,
        'a'.repeat(64),
        [
          { stratumNo: 0, name: '75', size: 1, root: 'b'.repeat(64) },
          { stratumNo: 1, name: '69', size: 1, root: 'c'.repeat(64) },
        ],
        '2026-12-05T10:01:00Z',
      );
    },
    read: (r, id) => {
      const current = r.current(id);
      if (current === undefined) return null;
      const { importNo: _importNo, ...rest } = current;
      return {
        ...rest,
        ids: r.idPage(current.importNo)('', 10),
        contacts: r
          .contacts(current.importNo, ids(id))
          .map((c) => [c.pseudoId, c.lastName, c.address[1], c.email, c.stratum]),
      };
    },
    written: (id) => ({
      processId: id,
      fileName: `registre-${id}.csv`,
      stratumColumn: 'departement',
      rowCount: 2,
      root: 'a'.repeat(64),
      startedAt: '2026-12-05T10:00:00Z',
      finishedAt: '2026-12-05T10:01:00Z',
      strata: [
        { name: '69', size: 1, root: 'c'.repeat(64) },
        { name: '75', size: 1, root: 'b'.repeat(64) },
      ],
      ids: [
        [ids(id)[0], 0],
        [ids(id)[1], 1],
      ],
      contacts: [
        [ids(id)[0], `Martin ${id}`, '', `claire.${id}@example.org`, '75'],
        [ids(id)[1], `Dupont ${id}`, 'Bâtiment B', '', '69'],
      ],
    }),
    empty: null,
    erasure: {
      erase: (r, id) => {
        expect(r.eraseProcess(id)).toBe(2);
        expect(r.current(id)).toBeUndefined();
      },
      personal: (id) => [`registre-${id}.csv`],
    },
  }),
};
