import { describe, expect, it } from 'vitest';
import { describeProgress, stageLabel } from './createProgress';

describe('create progress in words', () => {
  it('names the stages of a create', () => {
    expect(stageLabel('create_instance_from_image_unpack')).toBe('Unpacking image');
    expect(stageLabel('create_instance_from_image_download')).toBe('Downloading image');
    expect(stageLabel('some_new_stage')).toBe('Some new stage');
    expect(stageLabel('container')).toBeUndefined();
  });

  it('says the stage and percent, or LXD’s text', () => {
    const base = { id: 'op', status: 'Running', description: 'Creating instance', updatedAt: '' };
    expect(describeProgress({ ...base, stage: 'create_instance_from_image_unpack', percent: 45, text: 'Unpack: 45% (2MB/s)' })).toBe(
      'Unpacking image: 45%',
    );
    expect(describeProgress({ ...base, stage: 'container', text: 'Remapping container filesystem' })).toBe(
      'Remapping container filesystem',
    );
    expect(describeProgress({ ...base })).toBeUndefined();
  });
});
