import { expect } from 'chai';
import { parseEnv, ConfigError, DEFAULT_DEMO_PASSWORD } from '../../server/env.js';
import { isRefusedDemoPassword } from '../../server/passwords.js';

const productionReady = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
  COOKIE_SECURE: 'true',
};

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

  it('requires COOKIE_SECURE=true in production, naming every missing setting at once', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' }))
      .to.throw(ConfigError)
      .with.property('message')
      .that.matches(/SESSION_SECRET: is required when NODE_ENV=production/)
      .and.matches(/COOKIE_SECURE: must be true when NODE_ENV=production/);
    expect(() => parseEnv({ ...productionReady, COOKIE_SECURE: 'false' })).to.throw(/COOKIE_SECURE: must be true/);
    expect(parseEnv(productionReady).COOKIE_SECURE).to.equal(true);
    expect(parseEnv({}).COOKIE_SECURE).to.equal(false);
  });

  it('never seeds demo users in production: SEED_DEMO=true is refused, unset means no', () => {
    expect(() => parseEnv({ ...productionReady, SEED_DEMO: 'true' })).to.throw(
      /SEED_DEMO: demo users are never seeded when NODE_ENV=production/,
    );
    expect(parseEnv(productionReady).SEED_DEMO).to.equal(false);
    expect(parseEnv({ ...productionReady, SEED_DEMO: 'false' }).SEED_DEMO).to.equal(false);
    expect(parseEnv({}).SEED_DEMO).to.equal(true);
    expect(parseEnv({ SEED_DEMO: 'no' }).SEED_DEMO).to.equal(false);
  });

  it('refuses the demo password in production only: the documented one and DEMO_PASSWORD', () => {
    const prod = parseEnv(productionReady);
    expect(isRefusedDemoPassword(DEFAULT_DEMO_PASSWORD, prod)).to.equal(true);
    expect(isRefusedDemoPassword('another-long-password', prod)).to.equal(false);
    const ownDemo = parseEnv({ ...productionReady, DEMO_PASSWORD: 'our-own-demo-password' });
    expect(isRefusedDemoPassword('our-own-demo-password', ownDemo)).to.equal(true);
    expect(isRefusedDemoPassword(DEFAULT_DEMO_PASSWORD, ownDemo)).to.equal(true);
    expect(isRefusedDemoPassword(DEFAULT_DEMO_PASSWORD, parseEnv({}))).to.equal(false);
  });

  it('has an absolute session lifetime and a per-address login limit, with defaults', () => {
    const env = parseEnv({});
    expect(env.SESSION_MAX_HOURS).to.equal(24);
    expect(env.LOGIN_ADDRESS_RATE_LIMIT).to.equal(50);
    expect(parseEnv({ SESSION_MAX_HOURS: '8', LOGIN_ADDRESS_RATE_LIMIT: '20' })).to.include({
      SESSION_MAX_HOURS: 8,
      LOGIN_ADDRESS_RATE_LIMIT: 20,
    });
    expect(() => parseEnv({ SESSION_MAX_HOURS: '0', LOGIN_ADDRESS_RATE_LIMIT: 'many' }))
      .to.throw(ConfigError)
      .with.property('message')
      .that.matches(/SESSION_MAX_HOURS/)
      .and.matches(/LOGIN_ADDRESS_RATE_LIMIT/);
  });

  it('treats an empty value as unset, as .env.example lists SMTP_URL blank', () => {
    expect(parseEnv({ SMTP_URL: '' }).SMTP_URL).to.equal(undefined);
  });

  it('takes an s3:// STORAGE_URL and a METRICS_TOKEN of 16+ characters, naming each bad one', () => {
    expect(parseEnv({ STORAGE_URL: 's3://dokumenter/brev?region=eu-north-1' }).STORAGE_URL).to.equal(
      's3://dokumenter/brev?region=eu-north-1',
    );
    expect(() => parseEnv({ STORAGE_URL: 'https://dokumenter', METRICS_TOKEN: 'kort' }))
      .to.throw(ConfigError)
      .with.property('message')
      .that.matches(/STORAGE_URL: must look like s3:\/\/bucket/)
      .and.matches(/METRICS_TOKEN: must be at least 16 characters/);
  });

  it('gives APP_URL the port served on when it is not set', () => {
    expect(parseEnv({ PORT: '3100' }).APP_URL).to.equal('http://localhost:3100');
    expect(parseEnv({ PORT: '3100', APP_URL: 'https://styringsdialog.example' }).APP_URL).to.equal(
      'https://styringsdialog.example',
    );
  });
});
