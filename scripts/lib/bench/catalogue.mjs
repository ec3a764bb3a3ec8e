// A simplestreams catalogue in the shape images.lxd.canonical.com publishes (products named
// os:release:arch:variant, two dated versions each, lxd.tar.xz with combined hashes, squashfs,
// qcow2 for VMs, vcdiff deltas), of any size, for the catalogue benchmark.
import { createHash } from 'node:crypto';

const OSES = [
  ['Alpine', ['3.18', '3.19', '3.20', '3.21', 'edge']],
  ['Debian', ['bullseye', 'bookworm', 'trixie', 'sid']],
  ['Ubuntu', ['focal', 'jammy', 'noble', 'oracular', 'plucky']],
  ['Fedora', ['40', '41', '42']],
  ['Centos', ['9-Stream', '10-Stream']],
  ['Archlinux', ['current']],
  ['Rockylinux', ['8', '9']],
  ['Almalinux', ['8', '9']],
  ['Opensuse', ['15.5', '15.6', 'tumbleweed']],
  ['Gentoo', ['current']],
  ['Voidlinux', ['current']],
  ['Nixos', ['24.05', '24.11', 'unstable']],
  ['Oracle', ['8', '9']],
  ['Amazonlinux', ['2023']],
  ['Devuan', ['chimaera', 'daedalus']],
  ['Kali', ['current']],
  ['Mint', ['vera', 'victoria', 'virginia', 'wilma']],
  ['Openwrt', ['22.03', '23.05', 'snapshot']],
  ['Slackware', ['15.0', 'current']],
  ['Busybox', ['1.36']],
];
const ARCHES = ['amd64', 'arm64', 'armhf', 'ppc64el', 's390x', 'riscv64', 'i386'];
const VARIANTS = ['default', 'cloud', 'desktop', 'openrc', 'systemd', 'musl', 'minimal', 'plasma'];

const hash = (text) => createHash('sha256').update(text).digest('hex');

/** { index, images } documents with `count` products. */
export function generateCatalogue(count) {
  const products = {};
  let made = 0;
  outer: for (let round = 0; ; round++) {
    for (const [os, releases] of OSES) {
      for (const release of releases) {
        for (const arch of ARCHES) {
          const variant = VARIANTS[(round + release.length + arch.length) % VARIANTS.length];
          const suffix = round === 0 ? variant : `${variant}${round}`;
          const id = `${os.toLowerCase()}:${release}:${arch}:${suffix}`;
          if (products[id]) continue;
          const lower = os.toLowerCase();
          const vm = (made % 3) !== 0;
          const versions = {};
          for (const day of ['20261121_07:42', '20261122_07:42']) {
            const squash = hash(`${id}${day}squash`);
            const disk = hash(`${id}${day}disk`);
            const items = {
              'lxd.tar.xz': {
                ftype: 'lxd.tar.xz',
                size: 860 + (made % 200),
                sha256: hash(`${id}${day}meta`),
                path: `images/${lower}/${release}/${arch}/${suffix}/${day}/lxd.tar.xz`,
                combined_squashfs_sha256: hash(`${squash}c`),
                combined_sha256: hash(`${squash}c`),
                ...(vm ? { 'combined_disk-kvm-img_sha256': hash(`${disk}c`) } : {}),
              },
              'root.squashfs': { ftype: 'squashfs', size: 90_000_000 + made * 1000, sha256: squash, path: `images/${lower}/${release}/${arch}/${suffix}/${day}/rootfs.squashfs` },
              '20261121_07:42.vcdiff': { ftype: 'squashfs.vcdiff', delta_base: '20261121_07:42', size: 4_000_000, sha256: hash(`${id}${day}delta`), path: 'x.vcdiff' },
            };
            if (vm) items['disk.qcow2'] = { ftype: 'disk-kvm.img', size: 300_000_000 + made * 1000, sha256: disk, path: `images/${lower}/${release}/${arch}/${suffix}/${day}/disk.qcow2` };
            versions[day] = { items };
          }
          products[id] = {
            aliases: `${lower}/${release}/${suffix},${lower}/${release}/${suffix}/${arch}`,
            arch,
            os,
            release,
            release_title: release,
            variant: suffix,
            requirements: vm ? { secure_boot: 'false' } : {},
            versions,
          };
          made += 1;
          if (made >= count) break outer;
        }
      }
    }
  }
  return {
    index: { format: 'index:1.0', index: { images: { datatype: 'image-downloads', path: 'streams/v1/images.json', format: 'products:1.0', products: Object.keys(products) } } },
    images: { content_id: 'images', datatype: 'image-downloads', format: 'products:1.0', products },
  };
}
