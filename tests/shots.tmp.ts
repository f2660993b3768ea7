import { chromium } from "playwright-core";
const base = process.argv[2]!;
const shots: [string, string, string][] = [
  ["coordinator.haaglanden@jeugdregie.demo", "/plaatsingen", "01-coordinator-plaatsingen"],
  ["coordinator.haaglanden@jeugdregie.demo", "/overzicht", "02-coordinator-overzicht"],
  ["beheer.haaglanden@jeugdregie.demo", "/afrekeningen", "03-admin-afrekeningen"],
  ["ministerie@jeugdregie.demo", "/regios", "04-ministry-regios"],
  ["bovenregionaal@jeugdregie.demo", "/onderhandelingen", "05-supra-onderhandelingen"],
  ["bovenregionaal@jeugdregie.demo", "/bovenregionaal/toewijzing", "06-supra-toewijzing"],
  ["verwijzer.haaglanden@jeugdregie.demo", "/aanmeldingen", "07-referrer-aanmeldingen"],
  ["beheer.rijnmond@synthetisch.jeugdregie.test", "/plaatsingen", "08-rijnmond-admin-plaatsingen"],
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
for (const [email, path, name] of shots) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/inloggen`);
  await page.fill("#email", email);
  await page.fill("#password", "Jeugdregie-demo-2026");
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/inloggen")), page.click("button[type=submit]")]);
  await page.goto(`${base}${path}`);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `/work/shots-demo/${name}.png`, fullPage: true });
  console.log(name, (await page.textContent("main"))?.slice(0, 300).replace(/\s+/g, " "));
  await page.close();
}
await browser.close();
