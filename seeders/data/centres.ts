// The centres and the organisations around them, as listed in shared/reference/centres.json
// (taken from the 2023 survey and, for NAPHA's address, the 2009 letter). A null means the source
// does not say; nothing here is guessed.
import type { CentreScope } from '../../server/models/Centre.js';

export interface CentreData {
  code: string;
  name: string;
  group: string | null;
  scope: CentreScope;
  hostName: string | null;
  city: string | null;
  address: string | null;
  established: number | null;
  staffApprox: number | null;
  active: boolean;
  note: string | null;
  teams: { name: string; regions: string[] }[];
}

export const directorates = [
  // Postal address, organisation number and post e-mail as the directorates publish them (letter footers).
  {
    code: 'HDIR',
    name: 'Helsedirektoratet',
    address: 'Postboks 220 Skøyen, 0213 Oslo',
    orgNumber: '983544622',
    email: 'postmottak@helsedir.no',
  },
  {
    code: 'BUFDIR',
    name: 'Barne-, ungdoms- og familiedirektoratet',
    address: 'Postboks 2233, 3103 Tønsberg',
    orgNumber: '986128433',
    email: 'postmottak@bufdir.no',
  },
];

export const ministries = [{ code: 'HOD', name: 'Helse- og omsorgsdepartementet' }];

/** Host addresses where a source states them. */
export const hostAddresses: Record<string, string> = {
  'NTNU Samfunnsforskning AS': '7491 Trondheim',
};

const defaults = {
  group: null,
  hostName: null,
  city: null,
  address: null,
  established: null,
  staffApprox: null,
  active: true,
  note: null,
  teams: [],
} satisfies Partial<CentreData>;

type CentreInput = Pick<CentreData, 'code' | 'name' | 'scope'> & Partial<CentreData>;
const centre = (input: CentreInput): CentreData => ({ ...defaults, ...input });

export const centres: CentreData[] = [
  centre({
    code: 'NAPHA',
    name: 'Nasjonalt kompetansesenter for psykisk helsearbeid for voksne i kommunene',
    scope: 'national',
    hostName: 'NTNU Samfunnsforskning AS',
    // The city is the one in the postal address; centres.json gives no separate city.
    city: 'Trondheim',
    address: '7491 Trondheim',
    established: 2008,
    staffApprox: 30,
    teams: [
      { name: 'Team Nord', regions: ['Nordland', 'Troms', 'Finnmark'] },
      { name: 'Team Midt', regions: ['Trøndelag', 'Møre og Romsdal'] },
      { name: 'Team Vest', regions: ['Vestland', 'Rogaland'] },
      { name: 'Team Sør', regions: ['Agder', 'Vestfold', 'Telemark', 'tidligere Buskerud'] },
      { name: 'Team Øst', regions: ['tidligere Østfold', 'Oslo', 'Akershus', 'Hedmark', 'Oppland'] },
    ],
  }),
  centre({
    code: 'KORUS-MIDT',
    group: 'KORUS',
    name: 'KORUS – Midt-Norge',
    scope: 'regional',
    hostName: 'St. Olavs hospital HF, Klinikk for rus- og avhengighetsmedisin',
  }),
  centre({
    code: 'KORUS-BERGEN',
    group: 'KORUS',
    name: 'KORUS – Vest Bergen',
    scope: 'regional',
    hostName: 'Helse Bergen, Avdeling for rusmedisin',
  }),
  centre({
    code: 'KORUS-STAVANGER',
    group: 'KORUS',
    name: 'KORUS – Vest Stavanger',
    scope: 'regional',
    hostName: 'Rogaland A-senter',
  }),
  centre({
    code: 'KORUS-SOR',
    group: 'KORUS',
    name: 'KORUS – Sør',
    scope: 'regional',
    hostName: 'Blå Kors Borgestadklinikken',
  }),
  centre({
    code: 'KORUS-OSLO',
    group: 'KORUS',
    name: 'KORUS – Oslo',
    scope: 'regional',
    hostName: 'Oslo kommune, Velferdsetaten',
  }),
  centre({
    code: 'KORUS-OST',
    group: 'KORUS',
    name: 'KORUS – Øst',
    scope: 'regional',
    hostName: 'Sykehuset Innlandet HF, Divisjon psykisk helsevern',
  }),
  centre({
    code: 'KORUS-NORD',
    group: 'KORUS',
    name: 'KORUS – Nord',
    scope: 'regional',
    hostName: 'Universitetssykehuset Nord-Norge HF',
  }),
  centre({
    code: 'RBUP-RKBU',
    group: 'RBUP/RKBU',
    name: 'Regionale kunnskapssentre for barn og unges psykiske helse/barnevern (four centres)',
    scope: 'regional',
    // Four centres with four owners and no single host, so the owners go in the note.
    note: 'Fire sentre. Eiere: NORCE AS, Stiftelsen Pilar, NTNU, Norges arktiske universitet.',
  }),
  centre({
    code: 'RVTS-OST',
    group: 'RVTS',
    name: 'RVTS Øst',
    scope: 'regional',
    city: 'Oslo',
    hostName: 'Stiftelsen Pilar',
  }),
  centre({
    code: 'RVTS-SOR',
    group: 'RVTS',
    name: 'RVTS Sør',
    scope: 'regional',
    city: 'Kristiansand',
    hostName: 'Stiftelsen Pilar',
  }),
  centre({
    code: 'RVTS-VEST',
    group: 'RVTS',
    name: 'RVTS Vest',
    scope: 'regional',
    city: 'Bergen',
    hostName: 'Helse Bergen HF',
  }),
  centre({
    code: 'RVTS-MIDT',
    group: 'RVTS',
    name: 'RVTS Midt',
    scope: 'regional',
    city: 'Trondheim',
    hostName: 'Helse Midt-Norge RHF',
  }),
  centre({
    code: 'RVTS-NORD',
    group: 'RVTS',
    name: 'RVTS Nord',
    scope: 'regional',
    city: 'Tromsø',
    hostName: 'Helse Nord RHF',
  }),
  centre({
    code: 'NKROP',
    name: 'Nasjonal kompetansetjeneste for samtidig rusmisbruk og psykisk lidelse',
    scope: 'national',
  }),
  centre({
    code: 'NKVTS',
    name: 'Nasjonalt kunnskapssenter om vold og traumatisk stress',
    scope: 'national',
    hostName: 'NORCE AS',
  }),
  centre({
    code: 'NSSF',
    name: 'Nasjonalt senter for selvmordsforskning og -forebygging',
    scope: 'national',
    hostName: 'Universitetet i Oslo, Institutt for klinisk medisin',
  }),
  centre({
    code: 'SANKS',
    name: 'Samisk nasjonal kompetansetjeneste – psykisk helsevern og rus',
    scope: 'national',
    hostName: 'Finnmarkssykehuset HF',
    city: 'Karasjok og Lakselv',
  }),
  centre({
    code: 'SIFER',
    name: 'Nasjonalt kompetansesenternettverk i sikkerhets-, fengsels- og rettspsykiatri',
    scope: 'national',
    // A network of four regional centres with no single host, so they go in the note.
    note:
      'Regionale sentre: Helse Bergen (Helse Vest), St. Olavs hospital (Helse Midt-Norge), ' +
      'Universitetssykehuset Nord-Norge (Helse Nord), Oslo universitetssykehus (Helse Sør-Øst).',
  }),
  centre({
    code: 'ERFARINGSKOMPETANSE',
    name: 'Nasjonalt senter for erfaringskompetanse innen psykisk helse',
    scope: 'national',
    hostName: 'Mental Helse',
  }),
  centre({
    code: 'NUBU',
    name: 'Nasjonalt utviklingssenter for barn og unge',
    scope: 'national',
    active: false,
    note: 'Gikk ut av kartleggingen i 2023: finansieres ikke lenger av Helsedirektoratet.',
  }),
];
