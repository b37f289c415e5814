// The start page when the web client has not been built (npm run build): what runs and where to go.
import type { Request, Response } from 'express';

export function landingPage(_req: Request, res: Response) {
  res.type('html').send(`<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Styringsdialog</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1e2b3c}a{color:#0062ba}</style>
</head>
<body>
<main>
<h1>Styringsdialog</h1>
<p>Tilskuddsbrev, oppdrag, budsjettrammer, frister og styringsmøter mellom direktoratet og kompetansesentrene.</p>
<p>Nettklienten er under arbeid. API-et kjører: se <a href="/api/docs">API-dokumentasjonen</a> og <a href="/api/health">helsestatus</a>.</p>
<p lang="en">The web client is on its way. The API is running: see the <a href="/api/docs">API documentation</a>.</p>
</main>
</body>
</html>`);
}
