import { describe, expect, it } from 'vitest';
import { aclDeleteRefusal, aclFromYaml, aclNameProblem, aclToYaml, cleanRule, moveRule, reapplyAclEdit, ruleProblem } from './aclModel';
import { withAcl } from '@/api/network-acls/mutations';

describe('ACL rules', () => {
  it('moves a rule up and down, never past the ends', () => {
    expect(moveRule(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveRule(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    const same = ['a', 'b'];
    expect(moveRule(same, 0, -1)).toBe(same);
  });

  it('leaves empty fields out and checks protocol-bound fields', () => {
    expect(cleanRule({ action: 'allow', state: 'enabled', source: '', destination_port: '22', protocol: 'tcp' })).toEqual({
      action: 'allow',
      state: 'enabled',
      destination_port: '22',
      protocol: 'tcp',
    });
    expect(ruleProblem({ action: 'allow', state: 'enabled', destination_port: '22' })).toMatch(/tcp or udp/);
    expect(ruleProblem({ action: 'allow', state: 'enabled', icmp_type: '8', protocol: 'tcp' })).toMatch(/icmp4/);
  });

  it('round-trips through YAML in order and names problems', () => {
    const draft = {
      description: 'web',
      ingress: [
        { action: 'allow', state: 'enabled', source: '198.51.100.0/24' },
        { action: 'drop', state: 'logged' },
      ],
      egress: [],
      config: {},
    };
    const parsed = aclFromYaml(aclToYaml(draft));
    expect(parsed).toEqual({ ok: true, value: draft });
    expect(aclFromYaml('ingress: 3')).toEqual({ ok: false, problem: 'ingress must be a list of rules' });
    expect(aclFromYaml('bogus: 1')).toEqual({ ok: false, problem: 'Unknown field: bogus' });
    expect(aclFromYaml('a: [').ok).toBe(false);
  });
});

describe('names and use', () => {
  it('checks ACL names as LXD does', () => {
    expect(aclNameProblem('web-1')).toBeUndefined();
    expect(aclNameProblem('1web')).toMatch(/start with a number/);
    expect(aclNameProblem('a_b')).toMatch(/alphanumeric and hyphen/);
    expect(aclNameProblem('web', ['web'])).toMatch(/already exists/);
  });

  it('refuses deleting an ACL in use; appends to security.acls once', () => {
    expect(aclDeleteRefusal({ name: 'w', used_by: ['/1.0/networks/br0'] })).toMatch(/in use/);
    expect(withAcl('', 'w')).toBe('w');
    expect(withAcl('a, b', 'w')).toBe('a,b,w');
    expect(withAcl('a,w', 'w')).toBe('a,w');
  });
});

describe('re-applying an edit on a newer version', () => {
  it('keeps the server’s other changes and the user’s own', () => {
    const rule = { action: 'allow', state: 'enabled' };
    const base = { description: 'a', ingress: [], egress: [], config: { 'user.x': '1' } };
    const mine = { description: 'mine', ingress: [rule], egress: [], config: { 'user.x': '1', 'user.mine': 'y' } };
    const theirs = { description: 'a', ingress: [], egress: [{ ...rule, action: 'drop' }], config: { 'user.x': '2', 'user.note': 'theirs' } };
    expect(reapplyAclEdit(base, mine, theirs)).toEqual({
      description: 'mine',
      ingress: [rule],
      egress: [{ ...rule, action: 'drop' }],
      config: { 'user.x': '2', 'user.note': 'theirs', 'user.mine': 'y' },
    });
  });
});
