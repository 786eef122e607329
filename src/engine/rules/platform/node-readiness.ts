// platform/node-readiness: a hop into a release created with Kubernetes 1.35 or later (4.4) needs
// every production node of each cluster that moves to that Kubernetes on a recent enough kernel
// with cgroup v2. Declared nodes are checked (an error each, naming node and cluster); a moving
// cluster without `nodes` gets a notice with the two checks to run on each node.
import { nodeGateOf } from '../../journey.js';
import { compareMinor, minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const nodeReadiness = defineRule({
  id: 'platform/node-readiness',
  severity: 'error',
  title: 'A node is not ready for the Kubernetes of the release',
  waivable: true,
  phase: 'hop',
  check: {
    hop({ catalog, hop, journey }, out) {
      const gate = nodeGateOf(catalog, hop, journey.timeline);
      if (!gate) return;
      const { rule } = gate;
      const kernel = minorOf(rule.kernelAtLeast);
      const kubernetes = minorOf(rule.kubernetesAtLeast);
      for (const move of gate.moves) {
        const spec = move.cluster.spec;
        if (!out.once(spec.name)) continue;
        const step = `step ${move.step.index} moves ${spec.name} to ${move.to.text} (Kubernetes ${kubernetes})`;
        const details = { cluster: spec.name, step: move.step.index };
        if (!spec.nodes || spec.nodes.length === 0) {
          out.report(
            `${step}: every production node of ${spec.name} needs Linux kernel ${kernel} or later and cgroup v2 (and a kernel inside the ACP supported operating system and kernel matrix for ${minorOf(hop.version)}, which the check does not know), or the preflight's AdminAckRequired gate blocks the upgrade. clusters.yaml lists no nodes for ${spec.name}: check each node (the kernel: the KERNEL-VERSION column of \`kubectl get nodes -o wide\`; the cgroup: \`stat -fc %T /sys/fs/cgroup/\` on the node prints cgroup2fs for v2) and record them under "nodes:"`,
            spec.at,
            { ...details, severity: 'notice' },
          );
          continue;
        }
        for (const node of spec.nodes) {
          if (compareMinor(node.kernelVersion, rule.kernelAtLeast) < 0) {
            out.report(
              `node ${node.name} of ${spec.name} runs Linux kernel ${node.kernel}; ${step}, which needs kernel ${kernel} or later on every production node: upgrade the node's kernel (or replace the node) before step ${move.step.index}, then record the new \`uname -r\``,
              node.kernelAt,
              details,
            );
          }
          if (node.cgroup !== rule.cgroup) {
            out.report(
              `node ${node.name} of ${spec.name} runs cgroup ${node.cgroup}; ${step}, which needs cgroup ${rule.cgroup} on every production node (\`stat -fc %T /sys/fs/cgroup/\` prints cgroup2fs): move the node to cgroup ${rule.cgroup} before step ${move.step.index}`,
              node.cgroupAt,
              details,
            );
          }
        }
      }
    },
  },
});
