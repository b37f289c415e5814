// The PDF page loads nothing: not from the network, not from the file system, even if the HTML
// (letter text is user input) asks for it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { expect } from 'chai';
import { htmlToPdf, sharedBrowser } from '../../../server/pdf/chromium.js';
import { pdfText } from '../../support/pdf.js';

describe('server/pdf/chromium', () => {
  const options = { headerText: 'Topp', footerText: 'Bunn', pageLabel: { page: 'Side', of: 'av' } };

  it('blocks every request the page makes and still prints the page', async () => {
    let requests = 0;
    const probe = createServer((_req, res) => {
      requests += 1;
      res.end('x');
    });
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    try {
      // No CSP here on purpose: the blocking must hold without the template's own CSP.
      const pdf = await htmlToPdf(
        `<html><head><link rel="stylesheet" href="${url}/style.css"><link rel="stylesheet" href="file:///etc/passwd"></head>` +
          `<body><p>Innhold</p><img src="${url}/pixel.png"><iframe src="${url}/frame"></iframe>` +
          `<script>fetch('${url}/script')</script></body></html>`,
        options,
      );
      expect(pdfText(pdf)).to.include('Innhold').and.include('Side 1 av 1').and.include('Bunn');
      expect(requests).to.equal(0);
    } finally {
      probe.close();
    }
  });

  it('reuses one browser across renders', async () => {
    const first = await sharedBrowser();
    await htmlToPdf('<p>en</p>', options);
    expect(await sharedBrowser()).to.equal(first);
  });

  it('prints on warm pages: no new page per render, at most one per core at once, nothing left of the last letter', async () => {
    const browser = await sharedBrowser();
    await htmlToPdf('<p>varm</p>', options);
    const warm = browser.contexts().length;
    expect(warm).to.be.within(1, availableParallelism());
    await htmlToPdf('<p>igjen</p>', options);
    expect(browser.contexts().length).to.equal(warm);

    const many = await Promise.all(
      Array.from({ length: availableParallelism() * 3 }, (_, n) => htmlToPdf(`<p>brev-${n}-slutt</p>`, options)),
    );
    expect(browser.contexts().length).to.be.at.most(availableParallelism());
    many.forEach((pdf, n) => {
      // A reused page shows its own letter and nothing of another.
      expect(pdfText(pdf).match(/brev-\d+-slutt/g)).to.deep.equal([`brev-${n}-slutt`]);
    });
  });

  it('throws a page away after a failed render and renders the next letter fine', async () => {
    const browser = await sharedBrowser();
    // A page closed under the pool's feet, as when Chromium kills a tab.
    await Promise.all(browser.contexts().map((context) => Promise.all(context.pages().map((page) => page.close()))));
    const pdf = await htmlToPdf('<p>etter feil</p>', options);
    expect(pdfText(pdf)).to.include('etter feil');
  });
});
