import { WebTerminal } from '../../pages/WebTerminal.ts';
import { screenshot } from '../applications/screenshots.ts';
import { expect, test } from '../services/fixtures.ts';

/** The guide's cross-host example: two busybox services pinned to different nodes. */
const CROSS_HOST = `web:
  image: busybox
  command: sh -c 'ifconfig eth0; sleep 100000'
  environment:
    - 'constraint:aliyun.node_index==(1)'
peer:
  image: busybox
  command: sh -c 'ifconfig eth0; sleep 100000'
  environment:
    - 'constraint:aliyun.node_index==(2)'
`;

interface ContainerView {
  metadata: { id: string; name: string };
  spec: { hostname: string; nodeId: string };
  status: { containerIp: string; phase: string };
}

test.describe.configure({ timeout: 180_000 });
test.use({ shopOptions: { nodes: 2, template: CROSS_HOST, webScale: 1 } });

test('the Web Terminal pings a container on another node by IP and by name, and Execute runs one command', async ({
  page,
  shop,
  serviceDetailPage,
}) => {
  const terminal = new WebTerminal(page);
  let peer: ContainerView | undefined;
  await expect
    .poll(async () => {
      const response = await page.request.get(`/api/v1/containers?applicationId=${shop.applicationId}&name=shop_peer`);
      peer = ((await response.json()) as { items: ContainerView[] }).items[0];
      return peer?.status.phase;
    })
    .toBe('running');
  const ip = peer!.status.containerIp;

  await test.step('Web Terminal from the container table opens a busybox shell', async () => {
    await serviceDetailPage.goto(shop.web.metadata.id);
    await serviceDetailPage.containers.row('shop_web_1').getByRole('link', { name: 'Web Terminal' }).click();
    await expect(page).toHaveURL(/tab=terminal/);
    await terminal.expectPrompt();
  });

  await test.step('ping <ip> answers once a second until Ctrl-C prints the statistics', async () => {
    await terminal.typeLine(`ping ${ip}`);
    await expect(terminal.screen()).toContainText(`PING ${ip} (${ip}): 56 data bytes`);
    await expect(terminal.screen()).toContainText(
      new RegExp(`64 bytes from ${ip.replace(/\./g, '\\.')}: seq=1 ttl=64 time=\\d\\.\\d{3} ms`),
    );
    await terminal.interrupt();
    await expect(terminal.screen()).toContainText(`--- ${ip} ping statistics ---`);
    await expect(terminal.screen()).toContainText(/\d+ packets transmitted, \d+ packets received, 0% packet loss/);
    await expect(terminal.screen()).toContainText(/round-trip min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms/);
    await screenshot(page, 'web-terminal-ping');
  });

  await test.step('ping <name> resolves the container name', async () => {
    await terminal.typeLine(`ping -c 3 ${peer!.metadata.name}`);
    await expect(terminal.screen()).toContainText(`PING ${peer!.metadata.name} (${ip}): 56 data bytes`);
    await expect(terminal.screen()).toContainText(`--- ${peer!.metadata.name} ping statistics ---`);
    await expect(terminal.screen()).toContainText('3 packets transmitted, 3 packets received, 0% packet loss');
  });

  await test.step('Execute runs hostname once and shows its output', async () => {
    await terminal.execute('hostname');
    await expect(terminal.output()).toContainText('shop_web_1');
    await expect(terminal.output()).toContainText('exit code 0');
    await screenshot(page, 'web-terminal-execute');
  });

  await test.step('stopping the container closes the session with the reason', async () => {
    const web = await page.request.get(`/api/v1/containers?applicationId=${shop.applicationId}&name=shop_web`);
    const id = ((await web.json()) as { items: ContainerView[] }).items[0]!.metadata.id;
    expect((await page.request.post(`/api/v1/containers/${id}/stop`)).status()).toBe(202);
    await expect(terminal.disconnected()).toContainText('shop_web_1 stopped: the session is closed.');
    await expect(page.getByRole('button', { name: 'Reconnect' })).toBeVisible();
    await screenshot(page, 'web-terminal-closed');
  });
});
