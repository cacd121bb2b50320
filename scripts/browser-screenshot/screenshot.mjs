// Opens Neo4j Browser (as kgraph serve serves it) in headless Chromium, connects over Bolt,
// runs one saved script of the Browser guide and saves a screenshot of the result.
//
//   KGRAPH_PASSWORD=... node screenshot.mjs BROWSER_URL BOLT_URL SCRIPT.cypher OUT.png
//
// Exits non-zero when the Browser does not connect or the query shows an error or no result.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [browserUrl, boltUrl, scriptFile, out] = process.argv.slice(2);
const password = process.env.KGRAPH_PASSWORD;
if (!browserUrl || !boltUrl || !scriptFile || !out || !password) {
  console.error('usage: KGRAPH_PASSWORD=... node screenshot.mjs BROWSER_URL BOLT_URL SCRIPT.cypher OUT.png');
  process.exit(2);
}
const script = fs.readFileSync(scriptFile, 'utf8');
const bolt = new URL(boltUrl);

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kgraph-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(browserUrl);

  await page.getByTestId('bolt-scheme-select').selectOption(bolt.protocol + '//');
  await page.getByTestId('boltaddress').fill(bolt.host);
  await page.getByTestId('username').fill('neo4j');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('connect').click();
  await page.getByTestId('disconnectedBanner').waitFor({ state: 'detached', timeout: 30_000 });
  // The Browser greets a new connection with its start guide once it is ready for queries.
  await page.getByText('Getting started with Neo4j Browser').waitFor({ timeout: 30_000 });
  console.log('connected to ' + boltUrl);
  await run(page, ':clear');

  // The whole saved script, as a user pastes it: the :param lines, then the query.
  await run(page, script.trim());
  await page.waitForTimeout(3000);
  // Then the query on its own, so it gets a frame of its own with the graph drawn.
  const statement = script.split(';').map(s => s.replace(/^\s*(\/\/.*|:param .*)$/gm, '').trim()).filter(Boolean);
  await run(page, statement[statement.length - 1]);
  await page.locator('svg g.node').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(4000);
  const errors = await page.getByText('ERROR', { exact: true }).count();
  const nodes = await page.locator('svg g.node').count();
  if (errors > 0 || nodes === 0) {
    await page.screenshot({ path: out });
    throw new Error(`the guide query failed in the Browser: ${errors} errors, ${nodes} nodes drawn (see ${out})`);
  }
  console.log(`the graph shows ${nodes} nodes`);
  await page.screenshot({ path: out });
  console.log('saved ' + out);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

async function run(page, text) {
  await page.getByTestId('activeEditor').click();
  await page.keyboard.insertText(text);
  await page.getByTestId('editor-Run').click();
}
