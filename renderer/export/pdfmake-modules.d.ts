// pdfmake ships no types; the renderer only needs these two browser entry points (see pdf-bytes.ts).
declare module 'pdfmake/build/pdfmake' {
  const pdfmake: unknown;
  export default pdfmake;
}
declare module 'pdfmake/build/vfs_fonts' {
  const vfs: unknown;
  export default vfs;
}
