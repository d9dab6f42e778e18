import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

/**
 * Hosts for a multi-host test: Linux network namespaces joined by veth links (iproute2's `ip`), made and
 * removed by the test itself. The gateway's host is the hub: one point-to-point link to each subgraph's host
 * (198.18.<k>.0/24, the gateway .1, the subgraph .2) and one to the test process, in the root namespace
 * (198.19.<n>.0/24: the test .1, the gateway .2). Nothing crosses a loopback between hosts; a host's own
 * loopback serves only what runs on it (its PostgreSQL). 198.18.0.0/15 is the range RFC 2544 sets aside for
 * network tests: it is never routed anywhere.
 */
export interface SubgraphHost {
  name: string;
  netns: string;
  /** The subgraph host's address on its link to the gateway. */
  address: string;
  /** The link's end in the gateway's namespace (cut it, slow it). */
  gatewayInterface: string;
}

function ip(args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Null when this machine can make network namespaces, otherwise why not (the test is then skipped). */
export function networkNamespacesUnavailable(): string | null {
  if (process.platform !== 'linux') return `needs Linux network namespaces (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'needs root to make network namespaces (run the tests as root)';
  try {
    execFileSync('ip', ['-V'], { stdio: 'ignore' });
  } catch {
    return "needs iproute2's ip command (Debian package iproute2)";
  }
  const probe = `mhprobe${process.pid}`;
  try {
    ip(['netns', 'add', probe]);
    ip(['netns', 'del', probe]);
    return null;
  } catch (error) {
    return `ip netns add failed: ${(error as { stderr?: Buffer }).stderr?.toString().trim() ?? (error as Error).message}`;
  }
}

/** Null when the kernel offers tc's netem queueing discipline (added latency), otherwise why not. */
export function netemUnavailable(): string | null {
  const probe = `mhnetem${process.pid}`;
  try {
    ip(['netns', 'add', probe]);
    execFileSync('tc', ['-n', probe, 'qdisc', 'add', 'dev', 'lo', 'root', 'netem', 'delay', '1ms'], { stdio: ['ignore', 'ignore', 'pipe'] });
    return null;
  } catch (error) {
    const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    return `tc netem is not available (${reason}): this kernel has no sch_netem`;
  } finally {
    try {
      ip(['netns', 'del', probe]);
    } catch {
      // the probe namespace was not made
    }
  }
}

export class HostNetwork {
  readonly gatewayNetns: string;
  readonly testAddress: string;
  readonly gatewayAddress: string;
  private readonly rootInterface: string;
  readonly subgraphs: SubgraphHost[] = [];

  constructor(private readonly id: string) {
    this.gatewayNetns = `mh${id}-gateway`;
    this.rootInterface = `mh${id}r`;
    const octet = Number(id) % 256;
    this.testAddress = `198.19.${octet}.1`;
    this.gatewayAddress = `198.19.${octet}.2`;
  }

  /** Makes the gateway's host, linked to the test process, and one host per subgraph, linked to the gateway's. */
  create(subgraphNames: string[]): void {
    ip(['netns', 'add', this.gatewayNetns]);
    ip(['-n', this.gatewayNetns, 'link', 'set', 'lo', 'up']);
    ip(['link', 'add', this.rootInterface, 'type', 'veth', 'peer', 'name', 'uplink', 'netns', this.gatewayNetns]);
    ip(['addr', 'add', `${this.testAddress}/24`, 'dev', this.rootInterface]);
    ip(['link', 'set', this.rootInterface, 'up']);
    ip(['-n', this.gatewayNetns, 'addr', 'add', `${this.gatewayAddress}/24`, 'dev', 'uplink']);
    ip(['-n', this.gatewayNetns, 'link', 'set', 'uplink', 'up']);
    subgraphNames.forEach((name, index) => {
      const netns = `mh${this.id}-${name}`;
      const gatewayInterface = `to-${name}`.slice(0, 15);
      const subnet = `198.18.${index + 1}`;
      ip(['netns', 'add', netns]);
      ip(['-n', netns, 'link', 'set', 'lo', 'up']);
      ip(['-n', this.gatewayNetns, 'link', 'add', gatewayInterface, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', netns]);
      ip(['-n', this.gatewayNetns, 'addr', 'add', `${subnet}.1/24`, 'dev', gatewayInterface]);
      ip(['-n', this.gatewayNetns, 'link', 'set', gatewayInterface, 'up']);
      ip(['-n', netns, 'addr', 'add', `${subnet}.2/24`, 'dev', 'eth0']);
      ip(['-n', netns, 'link', 'set', 'eth0', 'up']);
      this.subgraphs.push({ name, netns, address: `${subnet}.2`, gatewayInterface });
    });
  }

  host(name: string): SubgraphHost {
    const host = this.subgraphs.find((candidate) => candidate.name === name);
    if (!host) throw new Error(`no host for ${name}`);
    return host;
  }

  /** Runs `node <script> [args]` inside a namespace, with exactly `env` (plus PATH). */
  spawnIn(netns: string, script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    return spawn('ip', ['netns', 'exec', netns, process.execPath, script, ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** Takes the link between the gateway and a subgraph's host down (`up` false) or up again. */
  setLink(name: string, up: boolean): void {
    ip(['-n', this.gatewayNetns, 'link', 'set', this.host(name).gatewayInterface, up ? 'up' : 'down']);
  }

  /** Adds `ms` of latency to the gateway's side of a subgraph's link (tc netem), or removes it (0). */
  setLatency(name: string, ms: number): void {
    const args = ['-n', this.gatewayNetns, 'qdisc', ms > 0 ? 'replace' : 'del', 'dev', this.host(name).gatewayInterface, 'root'];
    execFileSync('tc', ms > 0 ? [...args, 'netem', 'delay', `${ms}ms`] : args, { stdio: ['ignore', 'ignore', 'pipe'] });
  }

  /** Removes every namespace (their links go with them) and the test's own link. */
  destroy(): void {
    for (const netns of [...this.subgraphs.map((host) => host.netns), this.gatewayNetns]) {
      try {
        ip(['netns', 'del', netns]);
      } catch {
        // already gone
      }
    }
    try {
      ip(['link', 'del', this.rootInterface]);
    } catch {
      // removed with the gateway's namespace
    }
  }
}
