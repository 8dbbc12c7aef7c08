// Import rules of Kleroterion, checked by `npm run lint` (dependency-cruiser).
// The layers of shared/ and why they exist: docs/architecture.md, section "Layers of shared/".

/**
 * The layers of shared/, lowest first. A module may import its own layer and the layers below it, never a
 * layer above. A file's layer is given by its role when its name says one (…State.ts is a reducer,
 * …Commands.ts and decide….ts are commands, …View.ts and verify….ts are views and verifiers), otherwise by
 * its folder. Role patterns must not overlap one another.
 */
const LAYERS = [
  {
    name: 'base',
    label: 'crypto, events and the shared basics (errors, formats, time, the verification report)',
    folders: [
      '^shared/(crypto|events|format|time)/',
      '^shared/errors[.]ts$',
      '^shared/verificationReport[.]ts$',
    ],
    roles: [],
  },
  // Lottery and scoring maths, the domain vocabulary and the event unions, in four steps: the draw and the
  // dossier, then what builds on them (stratification, scoring), then the room and the calls, then the process.
  {
    name: 'draw',
    label: 'the draw maths and the dossier vocabulary',
    folders: ['^shared/(lottery|dossier|mail|invitations)/'],
    roles: [],
  },
  {
    name: 'maths',
    label: 'stratification and scoring maths',
    folders: ['^shared/(stratify|scoring)/'],
    roles: [],
  },
  {
    name: 'rooms',
    label: 'the deliberation and calls vocabulary and events',
    folders: ['^shared/(deliberation|calls)/'],
    roles: [],
  },
  {
    name: 'process',
    label: 'the process vocabulary and events',
    folders: ['^shared/process/'],
    roles: [],
  },
  {
    name: 'reducers',
    label: 'reducers (folds of the event log) and queries over their state',
    folders: [],
    roles: [
      '^shared/[^/]+/[^/]*State[.]ts$',
      '^shared/process/publicLogFold[.]ts$',
      // Queries over a folded state, read by commands and views: where a process stands, what is withheld,
      // each reviewer's load.
      '^shared/process/processStage[.]ts$',
      '^shared/deliberation/confidentiality[.]ts$',
      '^shared/calls/assignment[.]ts$',
    ],
  },
  {
    name: 'commands',
    label: 'commands (decisions over a state)',
    folders: [],
    roles: ['^shared/[^/]+/[^/]*Commands[.]ts$', '^shared/[^/]+/decide[A-Z][^/]*[.]ts$'],
  },
  {
    name: 'views',
    label: 'views, verifiers and audit',
    folders: ['^shared/(audit|pages|testing)/', '^shared/protocol[.]ts$'],
    roles: ['^shared/[^/]+/[^/]*Views?[.]ts$', '^shared/[^/]+/verify[A-Z][^/]*[.]ts$'],
  },
];

const TESTS = '[.]test[.]tsx?$';

/**
 * Tests that use the browser's own code as an oracle for the server or shared/: the witness's timelock
 * sealing (client/src/witness/sealTimelock.ts draws its own random file key, so it cannot live in pure
 * shared/) and the receipt check (client/src/public/checkReceipt.ts, whose format moves to the HTTP contract
 * in shared/). Named one by one so that no new crossing slips in; each goes once its oracle leaves client/.
 */
const CROSSING_TESTS = [
  '^shared/lottery/timelock[.]test[.]ts$',
  '^server/tests/timelockWitness[.]integration[.]test[.]ts$',
  '^server/tests/messages[.]integration[.]test[.]ts$',
];
const ALL_ROLES = LAYERS.flatMap((layer) => layer.roles);

/** The modules of one layer, as a dependency-cruiser restriction. */
function layerModules(layer) {
  const otherRoles = ALL_ROLES.filter((role) => !layer.roles.includes(role));
  return {
    path: [...layer.roles, ...layer.folders],
    pathNot: [...otherRoles, TESTS],
  };
}

const layerRules = LAYERS.flatMap((lower, i) =>
  LAYERS.slice(i + 1).map((higher) => ({
    name: `shared-layer-${lower.name}-not-to-${higher.name}`,
    severity: 'error',
    comment: `shared/: ${lower.label} must not import ${higher.label}, a higher layer.`,
    from: layerModules(lower),
    to: layerModules(higher),
  })),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-no-cycle',
      severity: 'error',
      comment: 'No import cycle in shared/, type-only imports included.',
      from: { path: '^shared/' },
      to: { path: '^shared/', circular: true },
    },
    ...layerRules,
    {
      name: 'shared-stays-below',
      severity: 'error',
      comment: 'shared/ is the floor: it never imports server/, client/ or scripts/.',
      from: { path: '^shared/', pathNot: CROSSING_TESTS },
      to: { path: '^(server|client|scripts)/' },
    },
    {
      name: 'server-not-to-client',
      severity: 'error',
      comment: 'server/ and client/ meet only through shared/.',
      from: { path: '^server/', pathNot: CROSSING_TESTS },
      to: { path: '^client/' },
    },
    {
      name: 'client-not-to-server',
      severity: 'error',
      comment: 'server/ and client/ meet only through shared/.',
      // The end-to-end tests, which start a real server and drive the client, live in e2e/ at the root.
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    includeOnly: '^(shared|server|client|scripts)/',
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
  },
};
