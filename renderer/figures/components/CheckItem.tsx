import type { CheckItemView, CheckLinkView } from '../checks-view-model';
import { useTranslate } from '../../i18n/translate';

/** Props of CheckItem. */
interface CheckItemProps {
  item: CheckItemView;
  onGoTo: (link: CheckLinkView) => void;
}

/** One check: its verdict in words (never colour alone), what was computed, and a link to every passage. */
export function CheckItem({ item, onGoTo }: CheckItemProps) {
  const t = useTranslate();
  return (
    <li className={`check-item check-item--${item.verdict}`}>
      <p className="check-item__heading">
        <span className="check-item__verdict">{t(`checks.verdict.${item.verdict}`)}</span>
        <span>{item.heading}</span>
      </p>
      {item.lines.map((line, index) => (
        <p key={index} className="check-item__line">
          {line}
        </p>
      ))}
      <ul className="check-item__links">
        {item.links.map((link) => (
          <li key={link.key}>
            <button type="button" className="check-item__link" onClick={() => onGoTo(link)}>
              {t('checks.goTo', { surface: link.surface })}
            </button>
            <span className="check-item__source">{link.sourceText}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}
