// Texts for the centre page. Bokmål first; English with exactly the same keys.

export const nb = {
  centreDetails: 'Om senteret',
  host: 'Vertsinstitusjon',
  city: 'Sted',
  established: 'Etablert',
  staff: 'Ansatte (omtrent)',
  teams: 'Team',
  scope: { national: 'Nasjonalt', regional: 'Regionalt' },
  noLetters: 'Ingen brev ennå.',
  noMeetings: 'Ingen styringsmøter.',
};

export const en: typeof nb = {
  centreDetails: 'About the centre',
  host: 'Host institution',
  city: 'City',
  established: 'Established',
  staff: 'Staff (approx.)',
  teams: 'Teams',
  scope: { national: 'National', regional: 'Regional' },
  noLetters: 'No letters yet.',
  noMeetings: 'No steering meetings.',
};
