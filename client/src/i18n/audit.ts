// Texts for the audit trail. Bokmål first; English with exactly the same keys.

export const nb = {
  auditTitle: 'Revisjonslogg',
  auditIntro: 'Alle endringer: hvem, når og hva. Nyeste først.',
  auditWhen: 'Tidspunkt',
  auditWho: 'Hvem',
  auditAction: 'Handling',
  auditEntity: 'Post',
  auditDetails: 'Før og etter',
  filterEntity: 'Type post',
  filterActor: 'E-post til den som endret',
  filterFrom: 'Fra dato',
  filterTo: 'Til dato',
  filter: 'Filtrer',
  noAuditEvents: 'Ingen hendelser passer filteret. Prøv et annet filter.',
};

export const en: typeof nb = {
  auditTitle: 'Audit trail',
  auditIntro: 'Every change: who, when and what. Newest first.',
  auditWhen: 'Time',
  auditWho: 'Who',
  auditAction: 'Action',
  auditEntity: 'Record',
  auditDetails: 'Before and after',
  filterEntity: 'Record type',
  filterActor: 'E-mail of who changed it',
  filterFrom: 'From date',
  filterTo: 'To date',
  filter: 'Filter',
  noAuditEvents: 'No events match the filter. Try another filter.',
};
