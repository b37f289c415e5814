// Texts for loading, saving and error states. Bokmål first; English with exactly the same keys.

export const nb = {
  loading: 'Laster …',
  saving: 'Lagrer …',
  retry: 'Prøv igjen',
  errorNetwork: 'Fikk ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.',
  errorServer: 'Noe gikk galt på serveren. Prøv igjen om litt; hvis feilen varer, kontakt systemforvalter.',
  errorNotFound: 'Fant ikke det du lette etter. Det kan være slettet, eller du har ikke tilgang til det.',
  errorForbidden: 'Du har ikke tilgang til dette. Kontakt systemforvalter hvis du mener du skal ha det.',
  errorInvalid: 'Noen felt er ikke fylt ut riktig:',
  errorConflict: 'Endringen kunne ikke lagres:',
  notFoundTitle: 'Siden finnes ikke',
  backHome: 'Til forsiden',
};

export const en: typeof nb = {
  loading: 'Loading …',
  saving: 'Saving …',
  retry: 'Try again',
  errorNetwork: 'Could not reach the server. Check your network connection and try again.',
  errorServer: 'Something went wrong on the server. Try again shortly; if it persists, contact the administrator.',
  errorNotFound: 'Could not find what you were looking for. It may have been deleted, or you may not have access.',
  errorForbidden: 'You do not have access to this. Contact the administrator if you think you should.',
  errorInvalid: 'Some fields are not filled in correctly:',
  errorConflict: 'The change could not be saved:',
  notFoundTitle: 'Page not found',
  backHome: 'Go to the home page',
};
