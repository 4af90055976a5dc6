import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { assess } from '../../../engine';
import { withSessions } from '../../../engine/testing/fixtures';
import { CourseChart } from './course-chart';
import { courseView } from './course-view';

async function render(courses: number) {
  const c = withSessions(Array.from({ length: courses * 10 }, (_, i) => 6 - (i % 10) / 2));
  const v = courseView(c, assess(c));
  TestBed.configureTestingModule({ imports: [CourseChart], providers: [provideNoopAnimations()] });
  const fixture = TestBed.createComponent(CourseChart);
  fixture.componentRef.setInput('rows', v.rows);
  fixture.componentRef.setInput('courseStarts', v.courseStarts);
  fixture.componentRef.setInput('flagged', v.flaggedSessions);
  await fixture.whenStable();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

describe('CourseChart', () => {
  it('draws one line per visible series and toggles them by their labelled checkboxes', async () => {
    const { fixture, el } = await render(2);
    expect(el.querySelectorAll('path.line').length).toBe(3);
    const dizziness = Array.from(el.querySelectorAll('label')).find((l) =>
      l.textContent?.includes('Dizziness'),
    );
    dizziness!.querySelector('input')!.click();
    await fixture.whenStable();
    expect(el.querySelectorAll('path.line').length).toBe(2);
    expect(el.querySelector('.window')).toBeNull();
  });

  it('windows the latest 10 courses when there are more, and moves the window', async () => {
    const { fixture, el } = await render(12);
    expect(el.querySelector('.window')?.textContent).toContain('Showing courses 3-12 of 12');
    const earlier = Array.from(el.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Earlier'),
    )!;
    earlier.click();
    await fixture.whenStable();
    expect(el.querySelector('.window')?.textContent).toContain('Showing courses 1-10 of 12');
    expect(earlier.disabled).toBeTrue();
  });
});
