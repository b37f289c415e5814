// Texts for the login page. Bokmål first; English with exactly the same keys.

export const nb = {
  loginTitle: 'Logg inn',
  loginIntro: 'Logg inn med e-postadressen og passordet ditt.',
  email: 'E-post',
  password: 'Passord',
  loginButton: 'Logg inn',
  loggingIn: 'Logger inn …',
  loginFailed: 'Feil e-post eller passord. Sjekk at du har skrevet riktig, og prøv igjen.',
  loginRateLimited: 'For mange forsøk. Vent et par minutter og prøv igjen.',
  sessionExpired: 'Du er logget ut. Logg inn igjen for å fortsette.',
};

export const en: typeof nb = {
  loginTitle: 'Log in',
  loginIntro: 'Log in with your e-mail address and password.',
  email: 'E-mail',
  password: 'Password',
  loginButton: 'Log in',
  loggingIn: 'Logging in …',
  loginFailed: 'Wrong e-mail or password. Check what you typed and try again.',
  loginRateLimited: 'Too many attempts. Wait a couple of minutes and try again.',
  sessionExpired: 'You have been logged out. Log in again to continue.',
};
