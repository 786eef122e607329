// What packages.yaml holds for an application in other hops, so that a message can say why the
// package it lists does not serve this hop.
import type { Downloads, PackageDownload } from '../../downloads.js';

export function servingHint(download: PackageDownload, all: Downloads): string {
  if (download.name === undefined) return '';
  const others = all.packages.filter((p) => p.spec.name === download.name);
  if (others.length === 0) return '';
  const described = others.map((p) => {
    const hops = p.hops.filter((h) => h !== download.hop).map((h) => h.version.text);
    const listed = p.spec.acpVersions
      ? `lists ACP ${p.spec.acpVersions.map((v) => v.text).join(', ')}`
      : 'lists no acpVersions, so it serves the final target only';
    return `${p.spec.version} ${listed}${hops.length > 0 ? ` (used for ${hops.join(', ')})` : ''}`;
  });
  return ` (packages.yaml has ${download.name} ${described.join('; ')})`;
}
