// Sample data for the letter templates, so they can be previewed and benchmarked without a
// database. Figures follow the NAPHA 2009 letter.
import type { LetterViewData } from '../../server/letters/letterView.js';

export function sampleLetterView(overrides: Partial<LetterViewData> = {}): LetterViewData {
  const paragraph =
    'Senteret skal bidra til å styrke kunnskapsgrunnlaget for det psykiske helsearbeidet i kommunene, ' +
    'i nært samarbeid med statsforvalterne, brukerorganisasjonene og de andre kompetansesentrene.';
  return {
    letterId: 0,
    language: 'nb',
    kind: 'main',
    draft: false,
    title: 'Oppdrag til senteret 2009. Statsbudsjettets kap. 743 postene 62 og 70',
    year: 2009,
    referenceNumber: '09/00042',
    parentReference: null,
    letterDate: '2009-01-15',
    sender: { name: 'Helsedirektoratet' },
    recipient: {
      centreCode: 'NAPHA',
      centreName: 'Nasjonalt kompetansesenter for psykisk helsearbeid for voksne i kommunene',
      hostName: 'NTNU Samfunnsforskning AS',
      addressLines: ['7491 Trondheim'],
    },
    sections: Array.from({ length: 12 }, (_, i) => ({
      heading: `Avsnitt ${i + 1}`,
      paragraphs: [paragraph, paragraph],
    })),
    priorityAreas: Array.from({ length: 6 }, (_, i) => ({
      title: `Hovedsatsingsområde ${i + 1}`,
      description: paragraph,
    })),
    assignments: [1, 1, 2, 3, 4, 5].map((rank, i) => ({
      rank,
      title: `Særskilt oppdrag ${i + 1}`,
      paragraphs: [paragraph],
      deadlineDate: i % 2 ? '2009-11-01' : null,
      // The first runs over two years and goes on from the 2008 letter.
      years: i === 0 ? { start: 2008, end: 2009 } : null,
      carriedFromYear: i === 0 ? 2008 : null,
    })),
    budget: [
      { year: 2008, chapter: 743, item: 70, name: '', amountOre: 800_000_000, note: null },
      { year: 2009, chapter: 743, item: 70, name: '', amountOre: 1_800_000_000, note: null },
    ],
    deadlines: [
      { title: 'Plan for virksomheten i 2009', dueDate: '2009-02-15' },
      { title: 'Regnskap for 2008', dueDate: '2009-04-01' },
      { title: 'Rapport for 2008', dueDate: '2009-08-01' },
    ],
    signatories: [
      { name: 'Ellinor F. Major', title: 'divisjonsdirektør', byAuthority: true },
      { name: 'Anette Mjelde', title: 'prosjektleder', byAuthority: false },
    ],
    approvedElectronically: true,
    approvals: [{ name: 'Ellinor F. Major', title: 'divisjonsdirektør', approvedOn: '2009-01-15' }],
    copyRecipients: ['Helse- og omsorgsdepartementet', 'Landets fylkesmenn'],
    ...overrides,
  };
}
