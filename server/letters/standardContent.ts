// The standard content of a new letter when it starts "from the template" rather than from last
// year's letter: the title and the recurring sections every centre's letter has. The sections name
// their years as placeholders ({{år}}, {{fjorår}}), so they stay right when next year's letter is
// copied from this one; they are resolved when the letter is shown, rendered or e-mailed.

export function letterTitle(year: number): string {
  return `Tilskudd og oppdrag for ${year}. Statsbudsjettets kap. 743`;
}

export function standardSections(): { heading: string; body: string; recurring: boolean }[] {
  return [
    {
      heading: 'Formål og styring',
      body:
        'Dette brevet gir senteret tilskudd og oppdrag for {{år}}. Helsedirektoratet kan gi supplerende oppdrag i ' +
        'løpet av året innenfor senterets arbeidsområde og ressursramme. Direktoratet og senteret holder to ' +
        'styringsmøter i året; det første holdes normalt i april.',
    },
    {
      heading: 'Hovedsatsingsområder og særskilte oppdrag',
      body:
        'Hovedsatsingsområdene og de særskilte oppdragene for {{år}} er listet i prioritert rekkefølge. Oppdrag med ' +
        'samme rang er like viktige. Der brevet ikke setter en frist, avtales den med direktoratet.',
    },
    {
      heading: 'Brukermedvirkning',
      body:
        'Senteret sørger for at brukere og pårørende medvirker i planlegging, gjennomføring og evaluering av ' +
        'arbeidet, og at erfaringskompetanse blir tatt i bruk.',
    },
    {
      heading: 'Samarbeid med andre kompetansesentre og statsforvalterne',
      body:
        'Senteret samordner arbeidet sitt med de andre kompetansesentrene, regionalt og nasjonalt, slik at ' +
        'tjenestene møter et samlet tilbud. Senteret samarbeider med statsforvalterne om kompetansetiltak for ' +
        'kommunene.',
    },
    {
      heading: 'Budsjettramme',
      body:
        'Budsjettrammene for {{år}} står i oversikten over tilskudd til dette brevet. Midlene utbetales etter ' +
        'avtalt plan, og ubrukte midler skal redegjøres for i regnskapet.',
    },
    {
      heading: 'Plan, regnskap og rapportering',
      body:
        'Senteret sender plan for virksomheten i {{år}} innen 15. februar {{år}}, regnskap for {{fjorår}} innen ' +
        '1. april {{år}} og rapport innen 1. august {{år}}.',
    },
  ].map((section) => ({ ...section, recurring: true }));
}
