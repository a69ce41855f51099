/* Vietnamese 404 of the public site. */
export default function NotFound() {
  return (
    <main id="main" className="wrap">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại hoặc chưa được xuất bản. / The page does not exist or is not published.</p>
      <p>
        <a href="/">Về trang chủ</a>
      </p>
    </main>
  );
}
