import { expect } from 'chai';
import { parseEnv, ConfigError } from '../../server/env.js';

describe('server/env', () => {
  it('fills every setting with its documented default', () => {
    const env = parseEnv({});
    expect(env.PORT).to.equal(3000);
    expect(env.DATABASE_URL).to.equal('mysql://root@127.0.0.1:3306/styringsdialog');
    expect(env.REDIS_URL).to.equal('redis://127.0.0.1:6379');
    expect(env.SMTP_URL).to.equal(undefined);
    expect(env.SESSION_SECRET.length).to.be.at.least(32);
  });

  it('names each bad value', () => {
    expect(() => parseEnv({ PORT: 'eighty', DATABASE_URL: 'postgres://x/y', SMTP_URL: 'not a url' }))
      .to.throw(ConfigError)
      .with.property('message')
      .that.matches(/PORT/)
      .and.matches(/DATABASE_URL: must start with mysql:\/\/ or mariadb:\/\//)
      .and.matches(/SMTP_URL/);
  });

  it('requires SESSION_SECRET in production and rejects short ones', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).to.throw(/SESSION_SECRET: is required/);
    expect(() => parseEnv({ SESSION_SECRET: 'short' })).to.throw(/SESSION_SECRET: must be at least 32/);
  });

  it('treats an empty value as unset, as .env.example lists SMTP_URL blank', () => {
    expect(parseEnv({ SMTP_URL: '' }).SMTP_URL).to.equal(undefined);
  });
});
