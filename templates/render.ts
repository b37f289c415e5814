// One Handlebars environment for every template (letters, e-mails, meeting packs): helpers and the
// partials in templates/partials registered once, each template compiled once and kept.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { helpers } from './helpers.js';

const templatesDir = dirname(fileURLToPath(import.meta.url));
const handlebars = Handlebars.create();
const compiled = new Map<string, HandlebarsTemplateDelegate>();

for (const [name, helper] of Object.entries(helpers)) handlebars.registerHelper(name, helper);
for (const file of readdirSync(join(templatesDir, 'partials')).filter((f) => f.endsWith('.hbs'))) {
  handlebars.registerPartial(basename(file, '.hbs'), readFileSync(join(templatesDir, 'partials', file), 'utf8'));
}

/** Renders templates/<name>.hbs (e.g. "letters/main") with a plain view object. */
export function renderTemplate(name: string, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    template = handlebars.compile(readFileSync(join(templatesDir, `${name}.hbs`), 'utf8'));
    compiled.set(name, template);
  }
  return template(view);
}
