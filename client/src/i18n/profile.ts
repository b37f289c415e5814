// Texts for the profile page: reminders and the calendar link. Bokmål first; English with exactly the same keys.

export const nb = {
  profile: 'Min side',
  reminderPreference: 'Påminnelser',
  reminderPreferenceLegend: 'Hvordan vil du få påminnelser om frister?',
  reminderSingle: 'Én e-post for hver påminnelse',
  reminderDigest: 'Én samlet e-post per dag',
  preferenceSaved: 'Valget er lagret.',
  calendarFeed: 'Kalender',
  calendarFeedIntro:
    'Abonner på dine styringsmøter og frister i kalenderprogrammet ditt (Outlook, Google, Apple) med en privat lenke.',
  calendarFeedUrl: 'Din private kalenderlenke',
  calendarFeedSecret: 'Lenken vises bare nå. Del den ikke: den som har lenken, ser møtene og fristene dine.',
  calendarFeedActive: 'Du har en aktiv kalenderlenke. Lag en ny hvis du har mistet den; den gamle slutter da å virke.',
  calendarFeedNone: 'Du har ingen kalenderlenke.',
  calendarFeedMake: 'Lag kalenderlenke',
  calendarFeedRenew: 'Lag ny kalenderlenke',
  calendarFeedRevoke: 'Slå av kalenderlenken',
};

export const en: typeof nb = {
  profile: 'My page',
  reminderPreference: 'Reminders',
  reminderPreferenceLegend: 'How do you want reminders about deadlines?',
  reminderSingle: 'One e-mail for each reminder',
  reminderDigest: 'One combined e-mail a day',
  preferenceSaved: 'Your choice is saved.',
  calendarFeed: 'Calendar',
  calendarFeedIntro:
    'Subscribe to your steering meetings and deadlines in your calendar program (Outlook, Google, Apple) with a private link.',
  calendarFeedUrl: 'Your private calendar link',
  calendarFeedSecret: 'The link is shown only now. Do not share it: anyone with it sees your meetings and deadlines.',
  calendarFeedActive:
    'You have an active calendar link. Make a new one if you lost it; the old one then stops working.',
  calendarFeedNone: 'You have no calendar link.',
  calendarFeedMake: 'Make a calendar link',
  calendarFeedRenew: 'Make a new calendar link',
  calendarFeedRevoke: 'Turn off the calendar link',
};
