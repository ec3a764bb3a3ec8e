import type { LxdNetworkAclRule } from '@/lxd';
import { ACTIONS, PROTOCOLS, RULE_TEXT_FIELDS, STATES, emptyRule, moveRule, ruleProblem, type Direction } from './aclModel';
import { ActionButton } from '@/components/reasons';

interface RuleTableProps {
  direction: Direction;
  rules: readonly LxdNetworkAclRule[];
  onChange: (rules: LxdNetworkAclRule[]) => void;
}

const title = (direction: Direction) => (direction === 'ingress' ? 'Ingress' : 'Egress');

/**
 * One direction's rules in order, each a row of inputs; rows move up and down and are removed.
 * LXD applies the rules by action (drop and reject before allow), but keeps and shows their order.
 */
export function RuleTable({ direction, rules, onChange }: RuleTableProps) {
  const name = title(direction);
  const set = (index: number, change: Partial<LxdNetworkAclRule>) =>
    onChange(rules.map((rule, i) => (i === index ? { ...rule, ...change } : rule)));
  return (
    <section aria-labelledby={`acl-${direction}-title`} className="acl-rules">
      <h2 id={`acl-${direction}-title`} className="section-title">
        {name} rules
      </h2>
      {rules.length === 0 ? (
        <p className="muted">No {direction} rules: LXD applies the network’s default action ({direction === 'ingress' ? 'security.acls.default.ingress.action' : 'security.acls.default.egress.action'}, reject unless set).</p>
      ) : (
        <div className="acl-rules-scroll">
          <table className="acl-rule-table" aria-label={`${name} rules`}>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Action</th>
                <th scope="col">State</th>
                <th scope="col">Protocol</th>
                {RULE_TEXT_FIELDS.map((field) => (
                  <th key={field.key} scope="col">
                    {field.label}
                  </th>
                ))}
                <th scope="col">Order</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule, index) => {
                const label = `${name} rule ${index + 1}`;
                const problem = ruleProblem(rule);
                return (
                  <tr key={index} data-rule={index + 1}>
                    <th scope="row">{index + 1}</th>
                    <td>
                      <select className="input" aria-label={`${label} action`} value={rule.action} onChange={(event) => set(index, { action: event.target.value })}>
                        {ACTIONS.map((action) => (
                          <option key={action}>{action}</option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select className="input" aria-label={`${label} state`} value={rule.state} onChange={(event) => set(index, { state: event.target.value })}>
                        {STATES.map((state) => (
                          <option key={state}>{state}</option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        className="input"
                        aria-label={`${label} protocol`}
                        value={rule.protocol ?? ''}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? `acl-${direction}-${index}-problem` : undefined}
                        onChange={(event) => set(index, { protocol: event.target.value })}
                      >
                        {PROTOCOLS.map((protocol) => (
                          <option key={protocol} value={protocol}>
                            {protocol || 'any'}
                          </option>
                        ))}
                      </select>
                      {problem && (
                        <span id={`acl-${direction}-${index}-problem`} className="field-error" role="alert">
                          {problem}
                        </span>
                      )}
                    </td>
                    {RULE_TEXT_FIELDS.map((field) => (
                      <td key={field.key}>
                        <input
                          className="input"
                          aria-label={`${label} ${field.label.toLowerCase()}`}
                          placeholder={field.placeholder}
                          spellCheck={false}
                          value={rule[field.key] ?? ''}
                          onChange={(event) => set(index, { [field.key]: event.target.value })}
                        />
                      </td>
                    ))}
                    <td className="acl-rule-order">
                      <ActionButton write type="button" className="button" aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => onChange([...moveRule(rules, index, -1)])}>
                        ↑
                      </ActionButton>
                      <ActionButton write
                        type="button"
                        className="button"
                        aria-label={`Move ${label} down`}
                        disabled={index === rules.length - 1}
                        onClick={() => onChange([...moveRule(rules, index, 1)])}
                      >
                        ↓
                      </ActionButton>
                      <ActionButton write type="button" className="button" aria-label={`Remove ${label}`} onClick={() => onChange(rules.filter((_, i) => i !== index))}>
                        ✕
                      </ActionButton>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ActionButton write type="button" className="button" onClick={() => onChange([...rules, emptyRule()])}>
        Add {direction} rule
      </ActionButton>
    </section>
  );
}
