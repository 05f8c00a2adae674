// Turns the generator's annotations (article index + quoted passage) into the app's Annotation records,
// anchored on the text the import actually stored: what a user selecting those passages would create.
import { makeAnnotation } from '../../../shared/annotations/make-annotation';
import type { Annotation } from '../../../shared/model/annotation';
import { articleText, type Article } from '../../../shared/model/article';
import { utf16ToCodePoint } from '../../../shared/text/code-points';
import type { GeneratedLibrary } from './library-generator';

/** The annotations of `library` on `stored` articles (matched by file name); throws if a passage is missing. */
export function anchorGeneratedAnnotations(
  library: GeneratedLibrary,
  stored: readonly Pick<Article, 'id' | 'fileName' | 'blocks'>[],
): Annotation[] {
  const byFileName = new Map(stored.map((article) => [article.fileName, article]));
  const texts = new Map<string, string>();
  return library.annotations.map((generated, index) => {
    const fileName = library.articles[generated.articleIndex]!.fileName;
    const article = byFileName.get(fileName);
    if (!article) throw new Error(`${fileName} is not in the library`);
    let text = texts.get(article.id);
    if (text === undefined) {
      text = articleText(article.blocks);
      texts.set(article.id, text);
    }
    const at = text.indexOf(generated.exact);
    if (at < 0) throw new Error(`"${generated.exact}" is not in ${fileName}`);
    const start = utf16ToCodePoint(text, at);
    return makeAnnotation({
      id: `gen-${String(index).padStart(5, '0')}`,
      articleId: article.id,
      articleText: text,
      startCodePoints: start,
      endCodePoints: start + utf16ToCodePoint(generated.exact, generated.exact.length),
      tags: generated.tags,
      note: generated.note,
      nowMs: generated.createdAtMs,
    });
  });
}
