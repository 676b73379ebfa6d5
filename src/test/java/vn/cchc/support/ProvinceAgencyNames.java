package vn.cchc.support;

/**
 * The agencies of Vĩnh Long province before the 2025 merger, with their longest real names: what a rendered report
 * or ranking must fit into its columns (at most two lines per name).
 */
public final class ProvinceAgencyNames {

    public static final String[] BEFORE_2025 = {"Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính",
            "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội", "Sở Y tế",
            "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Tài nguyên và Môi trường", "Sở Xây dựng", "Sở Giao thông vận tải",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Ban Dân tộc tỉnh",
            "Ban Quản lý các khu công nghiệp tỉnh", "Đài Phát thanh và Truyền hình Vĩnh Long",
            "Ngân hàng Chính sách xã hội chi nhánh Vĩnh Long", "UBND thành phố Vĩnh Long", "UBND thị xã Bình Minh",
            "UBND huyện Long Hồ", "UBND huyện Mang Thít", "UBND huyện Vũng Liêm", "UBND huyện Tam Bình",
            "UBND huyện Trà Ôn", "UBND huyện Bình Tân", "Trung tâm Phục vụ hành chính công tỉnh"};

    private ProvinceAgencyNames() {
    }
}
