// platform/node-readiness: every upgrade of a cluster to Kubernetes 1.35 or later on ACP 4.4 or
// later (a Kubernetes-only step inside 4.4 included) needs every production node of the cluster on
// a recent enough kernel with cgroup v2, or the preflight's AdminAckRequired gate blocks it.
// Declared nodes are checked (an error each, naming node and cluster); a cluster without `nodes`
// gets a notice with the two checks to run on each node. One finding set per cluster.
import { compareMinor, minorOf } from '../../versions.js';
import { PREFLIGHT_REFUSES, defineRule } from '../rule.js';

export const nodeReadiness = defineRule({
  id: 'platform/node-readiness',
  severity: 'error',
  title: 'A node is not ready for the Kubernetes of the release',
  waivable: false,
  notWaivableBecause: PREFLIGHT_REFUSES,
  phase: 'plan',
  alsoReports: [{ severity: 'notice', when: 'when a cluster lists no `nodes`' }],
  docs: 'node-readiness.md',
  check: {
    plan({ clusters, journey }, out) {
      for (const gate of journey.gates) {
        const spec = clusters.byName.get(gate.cluster);
        if (!spec || !out.once(spec.name)) continue;
        const { rule } = gate;
        const kernel = minorOf(rule.kernelAtLeast);
        const what = gate.move
          ? `moves ${spec.name} to ${gate.move.to.text} (Kubernetes ${gate.kubernetes.text})`
          : `moves ${spec.name} to Kubernetes ${gate.kubernetes.text} on ${minorOf(gate.release)}`;
        const step = `step ${gate.step} ${what}`;
        const details = { cluster: spec.name, step: gate.step };
        if (!spec.nodes || spec.nodes.length === 0) {
          out.report(
            `${step}: every production node of ${spec.name} needs Linux kernel ${kernel} or later and cgroup v2 (and a kernel inside the ACP supported operating system and kernel matrix for ${minorOf(gate.release)}, which the check does not know), or the preflight's AdminAckRequired gate blocks the upgrade. clusters.yaml lists no nodes for ${spec.name}: check each node (the kernel: the KERNEL-VERSION column of \`kubectl get nodes -o wide\`; the cgroup: \`stat -fc %T /sys/fs/cgroup/\` on the node prints cgroup2fs for v2) and record them under "nodes:"`,
            spec.at,
            { ...details, severity: 'notice' },
          );
          continue;
        }
        for (const node of spec.nodes) {
          if (compareMinor(node.kernelVersion, rule.kernelAtLeast) < 0) {
            out.report(
              `node ${node.name} of ${spec.name} runs Linux kernel ${node.kernel}; ${step}, which needs kernel ${kernel} or later on every production node: upgrade the node's kernel (or replace the node) before step ${gate.step}, then record the new \`uname -r\``,
              node.kernelAt,
              details,
            );
          }
          if (node.cgroup !== rule.cgroup) {
            out.report(
              `node ${node.name} of ${spec.name} runs cgroup ${node.cgroup}; ${step}, which needs cgroup ${rule.cgroup} on every production node (\`stat -fc %T /sys/fs/cgroup/\` prints cgroup2fs): move the node to cgroup ${rule.cgroup} before step ${gate.step}`,
              node.cgroupAt,
              details,
            );
          }
        }
      }
    },
  },
});
