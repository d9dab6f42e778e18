import type { KubernetesObject } from './kustomize';

/**
 * Whether NetworkPolicies let a pod with labels `from` open TCP `port` on a pod with labels `to`, both in the
 * policies' namespace, as the Kubernetes API defines it: a direction is open when no policy of that type
 * selects the pod, or when one rule of a selecting policy admits the peer and the port. Peers given by
 * namespace selector never match a pod of the same namespace (the application's namespace is not labelled
 * as an ingress's); an `ipBlock` matches any address, so only its ports restrict it.
 */
export function allows(policies: KubernetesObject[], from: Record<string, string>, to: Record<string, string>, port: number): boolean {
  return directionAllows(policies, 'Egress', from, to, port) && directionAllows(policies, 'Ingress', to, from, port);
}

interface Peer {
  podSelector?: { matchLabels?: Record<string, string> };
  namespaceSelector?: unknown;
  ipBlock?: { cidr: string };
}

interface Rule {
  ports?: { protocol?: string; port: number }[];
  to?: Peer[];
  from?: Peer[];
}

function selects(selector: { matchLabels?: Record<string, string> } | undefined, labels: Record<string, string>): boolean {
  return Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

function peerMatches(peer: Peer, labels: Record<string, string>): boolean {
  if (peer.ipBlock) return true;
  if (peer.namespaceSelector) return false;
  return selects(peer.podSelector, labels);
}

function ruleAdmits(rule: Rule, peers: Peer[] | undefined, labels: Record<string, string>, port: number): boolean {
  const portOk = !rule.ports || rule.ports.some((p) => (p.protocol ?? 'TCP') === 'TCP' && p.port === port);
  const peerOk = !peers || peers.some((peer) => peerMatches(peer, labels));
  return portOk && peerOk;
}

function directionAllows(
  policies: KubernetesObject[],
  type: 'Ingress' | 'Egress',
  subject: Record<string, string>,
  peer: Record<string, string>,
  port: number,
): boolean {
  const selecting = policies.filter(
    (policy) => (policy.spec.policyTypes ?? ['Ingress']).includes(type) && selects(policy.spec.podSelector, subject),
  );
  if (selecting.length === 0) return true;
  return selecting.some((policy) => {
    const rules = (type === 'Egress' ? policy.spec.egress : policy.spec.ingress) as Rule[] | undefined;
    return (rules ?? []).some((rule) => ruleAdmits(rule, type === 'Egress' ? rule.to : rule.from, peer, port));
  });
}
