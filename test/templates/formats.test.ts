// Norwegian formats as letters print them.
import { expect } from 'chai';
import { formatKroner, formatMillions } from '../../common/money.js';
import { formatDateLong, formatDateShort } from '../../templates/formats.js';
import { renderTemplate } from '../../templates/render.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('templates: Norwegian formats', () => {
  it('writes dates as "15. februar 2009" and "15.02.2009", and in English', () => {
    expect(formatDateLong('2009-02-15')).to.equal('15. februar 2009');
    expect(formatDateLong('2009-04-01')).to.equal('1. april 2009');
    expect(formatDateShort('2009-08-01')).to.equal('01.08.2009');
    expect(formatDateLong('2009-02-15', 'en')).to.equal('15 February 2009');
  });

  it('writes øre as kroner, with øre only when there are any', () => {
    expect(formatKroner(1_800_000_000, { ore: 'whenAny' })).to.equal('kr 18 000 000');
    expect(formatKroner(1_800_000_050, { ore: 'whenAny' })).to.equal('kr 18 000 000,50');
    expect(formatKroner(1_800_000_000)).to.equal('kr 18 000 000,00');
    expect(plain(formatKroner(-250, { nonBreaking: true, ore: 'whenAny' }))).to.equal('kr -2,50');
    expect(() => formatKroner(1.5)).to.throw(/whole øre/);
  });

  it('writes frames in millions as letters do', () => {
    expect(formatMillions(1_800_000_000)).to.equal('18 mill. kroner');
    expect(formatMillions(850_000_000)).to.equal('8,5 mill. kroner');
    expect(formatMillions(850_000_000, { language: 'en' })).to.equal('NOK 8.5 million');
  });

  it('escapes values in templates', () => {
    const html = renderTemplate('emails/notice.html', {
      language: 'nb',
      subject: 's',
      greeting: '<b>Hei</b>',
      body: 'a & b',
      action: '',
      link: 'lenke',
      url: 'https://x.example/?a=1&b=2',
      footer: '',
    });
    expect(html).to.include('&lt;b&gt;Hei&lt;/b&gt;').and.include('a &amp; b').and.not.include('<b>Hei');
  });
});
