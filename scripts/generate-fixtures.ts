// Regenerates fixtures/demo/ (pool, volunteers, project dossiers) from fixed seeds, byte for byte;
// every person and project is fictional. Run: npx tsx scripts/generate-fixtures.ts

import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { mkdirSync } from 'node:fs';
import { generateDossierFixtures } from './fixtures/dossiers';
import { frenchQuotasCsv, frenchRespondentsCsv } from './fixtures/stratifyFrench';
import { pick, pickWeighted, type Random, type Weighted } from './fixtures/random';
import { writeFileAtomic } from './lib/files';

const DEMO_DIR = fileURLToPath(new URL('../fixtures/demo/', import.meta.url));
const STRATIFY_DIR = fileURLToPath(new URL('../fixtures/stratify/french-1500/', import.meta.url));

// -------------------------------------------------------------------------------------------------
// pool.txt: pseudonymous ids for the demo draw.
// -------------------------------------------------------------------------------------------------

const POOL_SEED = 'kleroterion-demo-pool-v1';
const POOL_SIZE = 1000;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ID_LENGTH = 10;

function randomCrockfordId(random: Random): string {
  let id = '';
  for (let i = 0; i < ID_LENGTH; i++) {
    id += CROCKFORD.charAt(Math.floor(random() * CROCKFORD.length));
  }
  return id;
}

/** The order of random draws must not change: the committed pool.txt depends on it. */
function generateDemoPool(): string {
  const random = seedrandom(POOL_SEED);
  const ids = new Set<string>();
  while (ids.size < POOL_SIZE) ids.add(randomCrockfordId(random));
  return `${[...ids].join('\n')}\n`;
}

// -------------------------------------------------------------------------------------------------
// volunteers.csv: a fictional volunteer list, shaped like what an organiser would import.
// -------------------------------------------------------------------------------------------------

const VOLUNTEERS_SEED = 'kleroterion-demo-volunteers-v1';
const VOLUNTEER_COUNT = 2000;
const EMAIL_DOMAIN = 'example.org'; // Reserved by RFC 2606: mail can never reach a real inbox.
const PHONE_SHARE = 0.85;
const MOBILE_SHARE = 0.6;

const CSV_HEADER = [
  'name',
  'email',
  'phone',
  'gender',
  'age_band',
  'region',
  'socio_professional_category',
  'area',
] as const;

type Gender = 'femme' | 'homme' | 'autre';
type AgeBand = '16-24' | '25-34' | '35-49' | '50-64' | '65+';
type Area = 'urbain' | 'rural';
type PhoneZone = '01' | '02' | '03' | '04' | '05';

// One list per gender so that the gender column always matches the first name. No name is in two
// lists and none doubles as a surname, to avoid "Bernard Bernard". Kept as a grid (prettier-ignore)
// because one name per line would triple the length of the file.
// prettier-ignore
const FIRST_NAMES: Readonly<Record<Gender, readonly string[]>> = {
  femme: [
    'Élodie', 'Chloé', 'Inès', 'Yasmine', 'Thi Lan', 'Léa', 'Manon', 'Emma', 'Jade', 'Louise',
    'Zoé', 'Lina', 'Anaïs', 'Clémence', 'Océane', 'Mélanie', 'Sophie', 'Nathalie', 'Isabelle',
    'Sandrine', 'Céline', 'Aurélie', 'Émilie', 'Julie', 'Marie', 'Françoise', 'Monique', 'Sylvie',
    'Catherine', 'Christine', 'Hélène', 'Fatoumata', 'Amina', 'Leïla', 'Sarah', 'Nadia', 'Noémie',
    'Maëlys', 'Agathe', 'Josiane',
  ],
  homme: [
    'Loïc', 'Mathéo', 'Karim', 'Hugo', 'Louis', 'Gabriel', 'Raphaël', 'Nathan', 'Théo', 'Enzo',
    'Jules', 'Adam', 'Noah', 'Mohamed', 'Youssef', 'Mehdi', 'Julien', 'Sébastien', 'Jérôme',
    'Stéphane', 'Frédéric', 'Philippe', 'Jean-Pierre', 'Alain', 'Patrick', 'Rémi', 'Maxime',
    'Antoine', 'Benoît', 'Mamadou', 'Minh', 'Yannick', 'Olivier', 'Christophe', 'Cédric', 'Kévin',
    'Arnaud', 'Hervé', 'Malik', 'Gaëtan',
  ],
  autre: ['Camille', 'Dominique', 'Claude', 'Sacha', 'Alix', 'Charlie'],
};

// prettier-ignore
const SURNAMES: readonly string[] = [
  'Martin', 'Bernard', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Simon',
  'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet',
  'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Muller', 'Faure', 'André', 'Mercier', 'Blanc',
  'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin',
  'Clément', 'Morin', 'Henry', 'Roussel', 'Mathieu', 'Masson', 'Marchand', 'Duval', 'Denis',
  'Dumont', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly',
  'Rivière', 'Brunet', 'Gaillard', 'Barbier', 'Martinez', 'Roche', 'Renard', 'Schmitt', 'Leroux',
  'Colin', 'Vidal', 'Caron', 'Bouvier', 'Le Gall', 'Le Goff', "N'Diaye", 'Nguyen', 'Da Silva',
  'Pereira', 'Lopez', 'Benali', 'Traoré', 'Diallo', 'Haddad', 'Hoarau',
];

// Roughly the French population aged 16+; "autre" is small but present so that the demo shows
// a third value in quota tables.
const GENDER_WEIGHTS: readonly Weighted<Gender>[] = [
  { value: 'femme', weight: 51.5 },
  { value: 'homme', weight: 47.5 },
  { value: 'autre', weight: 1 },
];

// Approximate shares of the population aged 16+ (INSEE age pyramid), in percent.
const AGE_BAND_WEIGHTS: readonly Weighted<AgeBand>[] = [
  { value: '16-24', weight: 13 },
  { value: '25-34', weight: 14 },
  { value: '35-49', weight: 23 },
  { value: '50-64', weight: 23 },
  { value: '65+', weight: 27 },
];

interface Region {
  readonly name: string;
  /** Population in thousands: only the ratios matter. */
  readonly population: number;
  /** Share living in rural communes, so that Bretagne comes out more rural than Île-de-France. */
  readonly ruralShare: number;
  /** Overseas landlines (0590, 0262…) have no fiction-reserved block, so they get mobiles. */
  readonly phoneZone: PhoneZone | null;
}

const REGIONS: readonly Region[] = [
  { name: 'Île-de-France', population: 12300, ruralShare: 0.05, phoneZone: '01' },
  { name: 'Auvergne-Rhône-Alpes', population: 8100, ruralShare: 0.22, phoneZone: '04' },
  { name: 'Nouvelle-Aquitaine', population: 6100, ruralShare: 0.3, phoneZone: '05' },
  { name: 'Occitanie', population: 6000, ruralShare: 0.25, phoneZone: '05' },
  { name: 'Hauts-de-France', population: 6000, ruralShare: 0.2, phoneZone: '03' },
  { name: 'Grand Est', population: 5600, ruralShare: 0.27, phoneZone: '03' },
  { name: "Provence-Alpes-Côte d'Azur", population: 5100, ruralShare: 0.08, phoneZone: '04' },
  { name: 'Pays de la Loire', population: 3900, ruralShare: 0.3, phoneZone: '02' },
  { name: 'Bretagne', population: 3400, ruralShare: 0.35, phoneZone: '02' },
  { name: 'Normandie', population: 3300, ruralShare: 0.33, phoneZone: '02' },
  { name: 'Bourgogne-Franche-Comté', population: 2800, ruralShare: 0.38, phoneZone: '03' },
  { name: 'Centre-Val de Loire', population: 2600, ruralShare: 0.33, phoneZone: '02' },
  { name: 'Corse', population: 350, ruralShare: 0.4, phoneZone: '04' },
  { name: 'Guadeloupe', population: 380, ruralShare: 0.15, phoneZone: null },
  { name: 'Martinique', population: 350, ruralShare: 0.15, phoneZone: null },
  { name: 'Guyane', population: 290, ruralShare: 0.15, phoneZone: null },
  { name: 'La Réunion', population: 880, ruralShare: 0.1, phoneZone: null },
  { name: 'Mayotte', population: 320, ruralShare: 0.2, phoneZone: null },
];

const REGION_WEIGHTS: readonly Weighted<Region>[] = REGIONS.map((region) => ({
  value: region,
  weight: region.population,
}));

// ARCEP sets these blocks aside for fiction and examples: they are never given to a subscriber.
const FICTION_LANDLINE_PREFIX: Readonly<Record<PhoneZone, string>> = {
  '01': '01 99 00',
  '02': '02 61 91',
  '03': '03 53 01',
  '04': '04 65 71',
  '05': '05 36 49',
};
const FICTION_MOBILE_PREFIX = '06 39 98';

const PCS = {
  farmers: 'Agriculteurs exploitants',
  selfEmployed: "Artisans, commerçants, chefs d'entreprise",
  executives: 'Cadres et professions intellectuelles supérieures',
  intermediate: 'Professions intermédiaires',
  employees: 'Employés',
  manualWorkers: 'Ouvriers',
  retired: 'Retraités',
  otherInactive: 'Autres personnes sans activité professionnelle',
} as const;

type Pcs = (typeof PCS)[keyof typeof PCS];

/** Percent weights, in the order of the PCS object above. */
type PcsRow = readonly [number, number, number, number, number, number, number, number];

// Loosely modelled on INSEE labour-force figures. Nobody retires before 50, most under-25s are
// students (the last group), almost everyone over 65 is retired; 50-64 has early retirees.
const PCS_BY_AGE_BAND: Readonly<Record<AgeBand, PcsRow>> = {
  '16-24': [0.3, 1, 3, 10, 20, 14, 0, 52],
  '25-34': [0.7, 4, 20, 24, 21, 17, 0, 13],
  '35-49': [1.2, 7, 22, 23, 20, 17, 0, 10],
  '50-64': [1.8, 7, 16, 18, 18, 14, 15, 10],
  '65+': [0.2, 1, 2, 1, 1, 0.3, 93, 1.5],
};

interface Volunteer {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly gender: Gender;
  readonly ageBand: AgeBand;
  readonly region: string;
  readonly category: Pcs;
  readonly area: Area;
}

function pcsWeights(ageBand: AgeBand): Weighted<Pcs>[] {
  const categories = Object.values(PCS);
  return PCS_BY_AGE_BAND[ageBand].map((weight, index) => {
    const value = categories[index];
    if (value === undefined) throw new Error(`pcsWeights: no category at index ${index}`);
    return { value, weight };
  });
}

/** Two random digits, zero-padded, as in the "XX" groups of a French number. */
function digitPair(random: Random): string {
  return String(Math.floor(random() * 100)).padStart(2, '0');
}

/** Redraws on collision: a repeated number would look like a duplicate registration. */
function fictionalPhone(random: Random, zone: PhoneZone | null, used: Set<string>): string {
  const prefix =
    zone === null || random() < MOBILE_SHARE
      ? FICTION_MOBILE_PREFIX
      : FICTION_LANDLINE_PREFIX[zone];
  for (;;) {
    const phone = `${prefix} ${digitPair(random)} ${digitPair(random)}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

/** "Jean-Pierre N'Diaye" -> "jean-pierre.n.diaye": accents dropped, plain ASCII only. */
function emailLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s']+/g, '.')
    .replace(/[^a-z0-9.-]/g, '');
}

/** Homonyms are expected (about 80 x 80 names for 2,000 people): later ones get a counter. */
function uniqueEmail(name: string, seen: Map<string, number>): string {
  const local = emailLocalPart(name);
  const count = (seen.get(local) ?? 0) + 1;
  seen.set(local, count);
  return `${count === 1 ? local : `${local}${count}`}@${EMAIL_DOMAIN}`;
}

function generateVolunteer(
  random: Random,
  emails: Map<string, number>,
  phones: Set<string>,
): Volunteer {
  const gender = pickWeighted(random, GENDER_WEIGHTS);
  const name = `${pick(random, FIRST_NAMES[gender])} ${pick(random, SURNAMES)}`;
  const ageBand = pickWeighted(random, AGE_BAND_WEIGHTS);
  const category = pickWeighted(random, pcsWeights(ageBand));
  const region = pickWeighted(random, REGION_WEIGHTS);
  const area: Area = random() < region.ruralShare ? 'rural' : 'urbain';
  const phone = random() < PHONE_SHARE ? fictionalPhone(random, region.phoneZone, phones) : '';
  return {
    name,
    email: uniqueEmail(name, emails),
    phone,
    gender,
    ageBand,
    region: region.name,
    category,
    area,
  };
}

/** RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

function volunteerFields(volunteer: Volunteer): string[] {
  return [
    volunteer.name,
    volunteer.email,
    volunteer.phone,
    volunteer.gender,
    volunteer.ageBand,
    volunteer.region,
    volunteer.category,
    volunteer.area,
  ];
}

/** LF rather than RFC 4180's CRLF, like the repository's other text files, so diffs stay clean. */
function generateVolunteersCsv(): string {
  const random = seedrandom(VOLUNTEERS_SEED);
  const emails = new Map<string, number>();
  const phones = new Set<string>();
  const lines = [csvLine(CSV_HEADER)];
  for (let i = 0; i < VOLUNTEER_COUNT; i++) {
    lines.push(csvLine(volunteerFields(generateVolunteer(random, emails, phones))));
  }
  return `${lines.join('\n')}\n`;
}

/** Everything is generated (and the dossiers validated) before the first file is written. */
function main(): void {
  const outputs: Record<string, string> = {
    'pool.txt': generateDemoPool(),
    'volunteers.csv': generateVolunteersCsv(),
    ...generateDossierFixtures(),
  };
  for (const [name, text] of Object.entries(outputs)) writeFileAtomic(`${DEMO_DIR}${name}`, text);
  // The realistic French instance of the stratified draw (bench:stratify and the tests).
  const stratified: Record<string, string> = {
    'respondents.csv': frenchRespondentsCsv(),
    'quotas-15.csv': frenchQuotasCsv(15),
    'quotas-150.csv': frenchQuotasCsv(150),
  };
  mkdirSync(STRATIFY_DIR, { recursive: true });
  for (const [name, text] of Object.entries(stratified))
    writeFileAtomic(`${STRATIFY_DIR}${name}`, text);
}

main();
